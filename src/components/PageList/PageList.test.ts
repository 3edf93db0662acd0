// PageList: each example rendered, links and the language of each entry checked, and axe over every example.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import PageList from './PageList.astro';
import { examples } from './PageList.examples';

describe('PageList', () => {
  it('an Arabic reader: each title and summary carries the language it is in; the numbers stay Arabic', async () => {
    const root = parseHtml(await renderExample(PageList, examples.arabicReaderWithDutchAndEnglishFallback));
    expect(root.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
      '/ar/gids/boekje/aankomst/',
      '/ar/gids/boekje/werk/',
      '/ar/gids/boekje/hulp/',
    ]);
    expect(languageAt(root, 'الوصول والتسجيل', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(languageAt(root, 'Werk en diploma’s', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(languageAt(root, 'Uw diploma laten erkennen en werk zoeken.', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(languageAt(root, 'Asking for help', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    // On the <li> a left-to-right direction would put its number on the wrong side.
    for (const item of root.querySelectorAll('li')) expect(item.attributes).not.toHaveProperty('dir');
  });

  it('a Dutch reader: no entry carries lang', async () => {
    const root = parseHtml(await renderExample(PageList, examples.dutchReader));
    expect(root.querySelectorAll('li')).toHaveLength(3);
    expect(root.querySelectorAll('[lang]')).toHaveLength(0);
  });

  itPassesAxe(PageList, examples);
});
