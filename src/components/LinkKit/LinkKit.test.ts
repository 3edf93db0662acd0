// LinkKit: each example rendered. One row per main page and short link, with the absolute
// address (left-to-right on an Arabic page) and its QR files; titles that fall back carry their
// language; the other languages linked at the kit, each name in its own language; axe over both.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import { siteUrl } from '../../site-env';
import LinkKit from './LinkKit.astro';
import { examples } from './LinkKit.examples';

describe('LinkKit', () => {
  it('an Arabic reader: every row’s address and QR files, addresses left-to-right, fallback titles marked', async () => {
    const root = parseHtml(await renderExample(LinkKit, examples.arabicReader));
    expect(root.querySelector('#link-kit-title')?.text).toBe('روابط ورموز QR');
    const rows = root.querySelectorAll('tbody tr');
    expect(rows.map((row) => row.querySelectorAll('a').map((link) => link.getAttribute('href')))).toEqual([
      ['/ar/', '/downloads/qr/ar/index.svg', '/downloads/qr/ar/index.png'],
      ['/ar/gids/', '/downloads/qr/ar/gids.svg', '/downloads/qr/ar/gids.png'],
      ['/ar/film/', '/downloads/qr/ar/film.svg', '/downloads/qr/ar/film.png'],
      ['/ar/stemmen/', '/downloads/qr/ar/stemmen.svg', '/downloads/qr/ar/stemmen.png'],
      ['/marokko/', '/downloads/qr/marokko.svg', '/downloads/qr/marokko.png'],
      ['/turkije/', '/downloads/qr/turkije.svg', '/downloads/qr/turkije.png'],
    ]);
    expect(rows[1]!.querySelector('td a')?.text).toBe(`${siteUrl}/ar/gids/`);
    expect(languageAt(root, `${siteUrl}/ar/gids/`, 'ar').dir).toBe('ltr');
    expect(languageAt(root, 'The film', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(languageAt(root, 'Verkiezingen', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(rows[4]!.querySelector('th')?.text).toBe('رابط قصير: المغرب');
    const others = root.querySelectorAll('a[hreflang]');
    expect(others.map((link) => [link.getAttribute('href'), link.getAttribute('lang'), link.text])).toEqual([
      ['/nl/kit/#link-kit', 'nl', 'Nederlands'],
      ['/en/kit/#link-kit', 'en', 'English'],
      ['/tr/kit/#link-kit', 'tr', 'Türkçe'],
    ]);
  });

  it('a Dutch reader: Dutch titles carry no lang; the section has the id the other languages link to', async () => {
    const root = parseHtml(await renderExample(LinkKit, examples.dutchReader));
    expect(root.querySelector('section')?.id).toBe('link-kit');
    expect(root.querySelectorAll('tbody th').map((cell) => cell.text)).toEqual([
      'Welkom in Vlaanderen',
      'Startgids',
      'De film',
      'Verkiezingen',
      'Korte link: Marokko',
      'Korte link: Turkije',
    ]);
    expect(root.querySelectorAll('th[lang]')).toHaveLength(0);
  });

  itPassesAxe(LinkKit, examples);
});
