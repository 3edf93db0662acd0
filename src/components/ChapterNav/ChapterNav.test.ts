// ChapterNav: each example rendered, links and the language of their titles checked, and axe over every example.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import ChapterNav from './ChapterNav.astro';
import { examples } from './ChapterNav.examples';

describe('ChapterNav', () => {
  it('an Arabic reader: links stay in Arabic; the English title carries lang="en" dir="ltr"', async () => {
    const root = parseHtml(await renderExample(ChapterNav, examples.arabicReaderWithEnglishFallback));
    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe('فصول الكتيّب');
    const previous = root.querySelector('a[rel="prev"]')!;
    const next = root.querySelector('a[rel="next"]')!;
    expect(previous.getAttribute('href')).toBe('/ar/gids/boekje/aankomst/');
    expect(next.getAttribute('href')).toBe('/ar/gids/boekje/hulp/');
    expect(languageAt(root, 'الوصول', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(languageAt(root, 'Help', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    // "Next chapter" is the reader's own string.
    expect(languageAt(root, 'الفصل التالي', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('a Dutch reader: the titles carry no lang', async () => {
    const root = parseHtml(await renderExample(ChapterNav, examples.dutchReader));
    expect(root.querySelectorAll('strong').map((title) => [title.text, title.getAttribute('lang')])).toEqual([
      ['Aankomst', undefined],
      ['Hulp', undefined],
    ]);
  });

  it('the first chapter: only a link to the next one', async () => {
    const root = parseHtml(await renderExample(ChapterNav, examples.firstChapter));
    expect(root.querySelectorAll('a').map((link) => link.getAttribute('rel'))).toEqual(['next']);
  });

  itPassesAxe(ChapterNav, examples);
});
