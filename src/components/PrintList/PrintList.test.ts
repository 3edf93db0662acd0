// PrintList: each example rendered. Every PDF of every language, grouped under the language's
// own name (with its lang and dir), each link named in the reader's language with the line
// scripts/pdf-meta.mjs fills in; axe over both.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import PrintList from './PrintList.astro';
import { examples } from './PrintList.examples';

describe('PrintList', () => {
  it('an Arabic reader: each language under its own name, each PDF named for the reader, with its language', async () => {
    const root = parseHtml(await renderExample(PrintList, examples.arabicReader));
    expect(root.querySelectorAll('h3').map((heading) => [heading.text, heading.getAttribute('lang') ?? null])).toEqual([
      ['Nederlands', 'nl'],
      ['العربية', null],
      ['English', 'en'],
      ['Türkçe', 'tr'],
    ]);
    const links = root.querySelectorAll('a');
    expect(links).toHaveLength(8);
    expect(links.map((link) => [link.getAttribute('href'), link.getAttribute('hreflang')])).toContainEqual(['/downloads/tr/gids-woorden.pdf', 'tr']);
    expect(languageAt(root, 'The brochure', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    // Filled in with size and page count after the PDFs are printed (scripts/pdf-meta.mjs looks for this element).
    expect(links.every((link) => link.querySelector('small[data-pdf]'))).toBe(true);
  });

  it('a Dutch reader: the Dutch names carry no lang', async () => {
    const root = parseHtml(await renderExample(PrintList, examples.dutchReader));
    expect(root.querySelectorAll('a')[0]?.text).toBe('De brochure (PDF, A4)');
    expect(root.querySelectorAll('a span[lang]')).toHaveLength(0);
  });

  itPassesAxe(PrintList, examples);
});
