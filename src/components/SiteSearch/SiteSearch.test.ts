// SiteSearch: the form (only where scripts run, from the first paint), the live region, the 'more' button, the strings its script
// shows (each with its language), the A–Z list of every page with each title's language, and axe.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import SiteSearch from './SiteSearch.astro';
import { examples } from './SiteSearch.examples';

describe('SiteSearch', () => {
  it('an Arabic reader: a form for scripts only, an empty live region, Arabic strings for the script, and every page with its language', async () => {
    const root = parseHtml(await renderExample(SiteSearch, examples.arabicReader));
    // Not hidden by an attribute the script removes (the page would move when it does): global.css leaves it out without scripts.
    expect(root.querySelector('form')?.hasAttribute('hidden')).toBe(false);
    expect(root.querySelector('form')?.hasAttribute('data-needs-script')).toBe(true);
    expect(root.querySelector('[role="status"]')?.text).toBe('');
    // The button for the next results, hidden until there are more, in the reader's language.
    expect(root.querySelector('[data-more]')?.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('[data-more]')?.text.trim()).toBe('نتائج أخرى');
    const strings = JSON.parse(root.querySelector('[data-search]')!.getAttribute('data-strings')!);
    expect(strings.count.text).toBe('نتائج البحث عن «{q}»: {n}');
    expect(strings.count.lang).toBeUndefined();
    const languages = JSON.parse(root.querySelector('[data-search]')!.getAttribute('data-languages')!);
    expect(languages.nl).toEqual({ name: 'Nederlands', dir: 'ltr' });
    const links = root.querySelectorAll('.site-search__index > li > a');
    expect(links.length).toBe(examples.arabicReader.props.pages.length);
    const [list] = Object.keys(examples.arabicReader.props.subPages);
    const stories = root.querySelectorAll('.site-search__index > li ul a');
    expect(stories.map((link) => [link.text, link.getAttribute('href')])).toEqual([
      ['Amina', `/ar/${list}/amina/`],
      ['Yusuf', `/ar/${list}/yusuf/`],
    ]);
    // Nested in the list item of their list page.
    expect(root.querySelector(`.site-search__index > li:has(> a[href="/ar/${list}/"]) ul a`)?.text).toBe('Amina');
    for (const page of examples.arabicReader.props.pages) {
      expect(languageAt(root, page.data.title, 'ar')).toEqual(page.isFallback ? { lang: page.contentLang, dir: 'ltr' } : { lang: 'ar', dir: 'rtl' });
    }
  });

  it('a Dutch reader: no string or title carries lang', async () => {
    const root = parseHtml(await renderExample(SiteSearch, examples.dutchReader));
    expect(root.querySelectorAll('[lang]')).toHaveLength(0);
  });

  itPassesAxe(SiteSearch, examples);
});
