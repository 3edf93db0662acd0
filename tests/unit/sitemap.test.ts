// What the sitemap lists (src/model/sitemap.ts) on mocked content: real translations only, and
// the testimonials' story and filter pages with their hreflang sets.
import { describe, expect, it } from 'vitest';
import { buildSitePages } from '../../src/model/site-pages';
import { sitemapEntries, type SitemapTestimonials } from '../../src/model/sitemap';
import { entry, localizer } from '../support/mock-content';

const pages = buildSitePages([entry('nl/index'), entry('nl/verhalen', { tools: ['testimonials'] }), entry('en/verhalen'), entry('ar/verhalen')], localizer);
// Yasmina told in Arabic, translated into Dutch; Tomasz in Dutch only.
const testimonials = (lang: string): SitemapTestimonials => ({
  items: [
    { slug: 'yasmina', languages: ['nl', 'ar'], text: { isFallback: !['nl', 'ar'].includes(lang) } },
    { slug: 'tomasz', languages: ['nl'], text: { isFallback: lang !== 'nl' } },
  ],
  filters: [{ id: 'regio', values: [{ value: 'brussel', count: 2 }] }],
});
const entries = sitemapEntries(pages, testimonials);
const at = (slug: string) => entries.filter((one) => one.slug === slug);

describe('sitemap', () => {
  it('lists pages only where they are translated, with their hreflang set and last review', () => {
    expect(at('verhalen').map((one) => one.lang)).toEqual(['nl', 'ar', 'en']);
    expect(at('verhalen')[0]).toMatchObject({ translated: ['nl', 'ar', 'en'], lastmod: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(at('')).toHaveLength(1);
  });

  it('lists each story in the languages it has a text in, never its fallback pages', () => {
    expect(at('verhalen/yasmina').map((one) => [one.lang, one.translated])).toEqual([
      ['nl', ['nl', 'ar']],
      ['ar', ['nl', 'ar']],
    ]);
    expect(at('verhalen/tomasz').map((one) => one.lang)).toEqual(['nl']);
  });

  it('lists each filter page where the list page is translated, with the list’s languages', () => {
    expect(at('verhalen/regio/brussel').map((one) => [one.lang, one.translated])).toEqual([
      ['nl', ['nl', 'ar', 'en']],
      ['ar', ['nl', 'ar', 'en']],
      ['en', ['nl', 'ar', 'en']],
    ]);
  });

  it('every hreflang set names only entries that are in the sitemap (reciprocal)', () => {
    const listed = new Set(entries.map((one) => `${one.lang}/${one.slug}`));
    for (const one of entries) for (const lang of one.translated) expect(listed, `${one.lang}/${one.slug} → ${lang}`).toContain(`${lang}/${one.slug}`);
  });
});
