// Downloads: each example rendered, links and the language of each PDF's name checked, and axe over every example.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import Downloads from './Downloads.astro';
import { examples } from './Downloads.examples';

describe('Downloads', () => {
  it('an Arabic reader: a PDF named in English carries lang="en" dir="ltr"; the links lead to the Arabic PDFs', async () => {
    const root = parseHtml(await renderExample(Downloads, examples.arabicReaderWithEnglishFallback));
    expect(root.querySelector('#downloads-title')?.text).toBe('للطباعة');
    expect(root.querySelectorAll('a').map((link) => [link.getAttribute('href'), link.getAttribute('type')])).toEqual([
      ['/downloads/ar/gids-boekje.pdf', 'application/pdf'],
      ['/downloads/ar/gids-woorden.pdf', 'application/pdf'],
    ]);
    expect(languageAt(root, 'The brochure', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(languageAt(root, 'دليل اللغة', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(root.querySelectorAll('a')[1]?.text).toBe('دليل اللغة (PDF, A5)');
  });

  it('a Dutch reader: the names carry no lang', async () => {
    const root = parseHtml(await renderExample(Downloads, examples.dutchReader));
    expect(root.querySelectorAll('a').map((link) => link.text)).toEqual(['De brochure (PDF, A4)', 'De taalgids (PDF, A5)']);
    expect(root.querySelectorAll('[lang]')).toHaveLength(0);
  });

  itPassesAxe(Downloads, examples);
});
