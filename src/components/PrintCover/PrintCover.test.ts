// PrintCover: on paper only; title, language, publisher, date, status and the address to type;
// the contents for a document with chapters, each linked to its chapter; never localhost.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import PrintCover from './PrintCover.astro';
import { examples } from './PrintCover.examples';

describe('PrintCover', () => {
  it('an Arabic reader of the whole brochure: a cover page with the contents, the public address, and the status of the weakest part', async () => {
    const root = parseHtml(await renderExample(PrintCover, examples.arabicReaderWhole));
    const cover = root.querySelector('section.print-cover')!;
    expect(cover.classList.contains('print-cover--page')).toBe(true);
    expect(cover.text).toContain('اللغة: العربية');
    expect(languageAt(root, 'Agentschap Integratie en Inburgering', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(cover.querySelector('.print-cover__address')?.text).toBe('https://example.be/ar/gids/boekje/alles/');
    expect(cover.querySelector('.print-cover__address')?.getAttribute('dir')).toBe('ltr');
    // Parts in English and Dutch: the status says the text is not translated, naming both.
    expect(cover.text).toContain('الإنجليزية');
    expect(cover.querySelectorAll('.print-cover__contents a').map((link) => link.getAttribute('href'))).toEqual(['#aankomst', '#werk', '#hulp']);
    // A chapter title in another language carries it.
    expect(
      cover
        .querySelectorAll('.print-cover__contents a')
        .find((link) => link.text.includes('Werk'))
        ?.getAttribute('lang'),
    ).toBe('nl');
  });

  it('a Dutch reader of one page: a block (no page of its own), the original text, and the path alone in a build without a public address', async () => {
    const root = parseHtml(await renderExample(PrintCover, examples.dutchReaderPage));
    const cover = root.querySelector('section.print-cover')!;
    expect(cover.classList.contains('print-cover--page')).toBe(false);
    expect(cover.querySelector('.print-cover__contents')).toBeNull();
    expect(cover.text).toContain('De oorspronkelijke tekst, in het Nederlands.');
    expect(cover.text).toMatch(/Laatst nagekeken op \d+ \w+ 20\d\d/);
    expect(cover.querySelector('.print-cover__address')?.text).toBe('/nl/gids/woorden/');
    expect(cover.text).not.toContain('localhost');
  });

  itPassesAxe(PrintCover, examples);
});
