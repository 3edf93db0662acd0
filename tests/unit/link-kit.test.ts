// The partners' link kit and print list (src/model/link-kit.ts, pdfCatalogue in src/model/pdfs.ts)
// on mocked content: which pages, which addresses, which files; every PDF in every language.
import { describe, expect, it } from 'vitest';
import { allKitLinks, LinkKitError, linkKitView } from '../../src/model/link-kit';
import { pdfCatalogue } from '../../src/model/pdfs';
import { buildSitePages } from '../../src/model/site-pages';
import { examplePages } from '../support/example-content';
import { entry, localizer } from '../support/mock-content';

const site = 'https://example.be';
const countries = [{ id: 'marokko', region: 'MA' }];

describe('link kit', () => {
  it('per language the home page and the main menu, each with its absolute address and QR files; the short links once', () => {
    const links = allKitLinks(examplePages, countries, site);
    expect(links.filter((link) => link.lang === 'ar').map((link) => [link.url, link.svg, link.png])).toEqual([
      ['https://example.be/ar/', '/downloads/qr/ar/index.svg', '/downloads/qr/ar/index.png'],
      ['https://example.be/ar/gids/', '/downloads/qr/ar/gids.svg', '/downloads/qr/ar/gids.png'],
      ['https://example.be/ar/film/', '/downloads/qr/ar/film.svg', '/downloads/qr/ar/film.png'],
      ['https://example.be/ar/stemmen/', '/downloads/qr/ar/stemmen.svg', '/downloads/qr/ar/stemmen.png'],
    ]);
    expect(links.filter((link) => !link.lang)).toEqual([
      {
        lang: undefined,
        slug: 'marokko',
        path: '/marokko/',
        url: 'https://example.be/marokko/',
        svg: '/downloads/qr/marokko.svg',
        png: '/downloads/qr/marokko.png',
      },
    ]);
    expect(links).toHaveLength(4 * 4 + 1);
  });

  it('follows the configured site address, with or without a path', () => {
    expect(allKitLinks(examplePages, countries, 'https://www.example.org/pakket/')[0]!.url).toBe('https://www.example.org/nl/');
  });

  it('refuses two QR codes on one file, naming both pages', () => {
    const pages = buildSitePages([entry('nl/index')], localizer);
    // A short link whose id is a path under a language folder lands on that language's home page code.
    expect(() => allKitLinks(pages, [{ id: 'nl/index' }], site)).toThrow(LinkKitError);
    expect(() => allKitLinks(pages, [{ id: 'nl/index' }], site)).toThrow('The QR codes of /nl/ and /nl/index/ would both be /downloads/qr/nl/index.svg');
  });

  it('names each page in the reader’s language (or the fallback), and links the kit in every other language', () => {
    const view = linkKitView(examplePages, countries, 'ar', site, 'partners');
    expect(view.pages.map(({ title }) => [title.value, title.lang])).toEqual([
      ['Welkom in Vlaanderen', 'nl'],
      ['حزمة البداية', 'ar'],
      ['The film', 'en'],
      ['Verkiezingen', 'nl'],
    ]);
    expect(view.countries).toEqual([{ link: expect.objectContaining({ path: '/marokko/' }), region: 'MA' }]);
    expect(view.others).toEqual([
      { lang: 'nl', href: '/nl/partners/#link-kit' },
      { lang: 'en', href: '/en/partners/#link-kit' },
      { lang: 'tr', href: '/tr/partners/#link-kit' },
    ]);
  });
});

describe('print list', () => {
  it('lists every PDF in every language, grouped by language, named in the reader’s language', () => {
    const groups = pdfCatalogue(examplePages, 'ar');
    expect(groups.map((group) => group.lang)).toEqual(['nl', 'ar', 'en', 'tr']);
    expect(groups.find((group) => group.lang === 'tr')!.pdfs.map((pdf) => [pdf.href, pdf.format, pdf.title.value, pdf.title.lang])).toEqual([
      ['/downloads/tr/gids-boekje.pdf', 'A4', 'The brochure', 'en'],
      ['/downloads/tr/gids-woorden.pdf', 'A5', 'دليل اللغة', 'ar'],
    ]);
  });
});
