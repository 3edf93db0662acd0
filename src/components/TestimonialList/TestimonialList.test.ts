// TestimonialList: each example rendered; a quote that falls back is marked with its language,
// the filters are links to one pre-built page per value, the current one marked; axe over both.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import TestimonialList from './TestimonialList.astro';
import { examples } from './TestimonialList.examples';

describe('TestimonialList', () => {
  it('an Arabic reader: a Turkish-told story shows its Dutch quote, marked nl and ltr; filters link to pre-built pages', async () => {
    const root = parseHtml(await renderExample(TestimonialList, examples.arabicReaderWithDutchFallback));
    expect(languageAt(root, 'Het eerste jaar was zwaar.', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(root.querySelectorAll('a[data-filter]').map((link) => link.getAttribute('href'))).toEqual([
      '/ar/verhalen/',
      '/ar/verhalen/taal/nl/',
      '/ar/verhalen/taal/tr/',
      expect.stringMatching(/^\/ar\/verhalen\/land\/(br|tr)\/$/),
      expect.stringMatching(/^\/ar\/verhalen\/land\/(br|tr)\/$/),
      '/ar/verhalen/regio/vlaanderen/',
      '/ar/verhalen/regio/brussel/',
      '/ar/verhalen/thema/werk/',
      '/ar/verhalen/thema/school/',
      '/ar/verhalen/thema/wegwijs/',
    ]);
    expect(root.querySelectorAll('.badge').map((badge) => badge.text)).toEqual(['قصة مثال', 'قصة مثال']);
    expect(root.querySelector('a[data-filter=""]')?.getAttribute('aria-current')).toBe('page');
  });

  it('a Dutch reader on one filter value: only its stories, the value marked current, no lang on Dutch quotes', async () => {
    const root = parseHtml(await renderExample(TestimonialList, examples.dutchReaderOneFilter));
    expect(root.querySelectorAll('.testimonials__list > li h3').map((heading) => heading.text.trim())).toEqual(['Els']);
    expect(root.querySelector('a[aria-current]')?.getAttribute('href')).toBe('/nl/verhalen/regio/brussel/');
    expect(root.querySelectorAll('blockquote[lang]')).toHaveLength(0);
    expect(root.querySelector('[role="status"]')?.text.trim()).toBe('Aantal verhalen: 1');
  });

  itPassesAxe(TestimonialList, examples);
});
