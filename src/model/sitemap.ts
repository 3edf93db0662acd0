// What sitemap.xml lists (pure, tested in-process: tests/unit/sitemap.test.ts): every page that
// is a real translation, with the languages it is translated into (its hreflang set), and the
// pages the testimonials tool adds under its list page: each story in the languages it has a
// text in, and each filter page in the languages the list page is translated into. Fallback
// pages (text in another language than the reader's) are left out, as everywhere.
import type { SitePage } from './site-pages.ts';
import type { FilterValue } from './testimonials.ts';

export interface SitemapEntry {
  lang: string;
  slug: string;
  /** YYYY-MM-DD, when known (the page's `lastReviewed`). */
  lastmod?: string | undefined;
  /** The languages of the entry's hreflang set (each lists the others). */
  translated: string[];
}

/** As much of a testimonial collection as the sitemap needs. */
export interface SitemapTestimonials {
  items: readonly { slug: string; languages: readonly string[]; text: { isFallback: boolean } }[];
  filters: readonly { id: string; values: readonly FilterValue[] }[];
}

type Page = Pick<SitePage<unknown>, 'lang' | 'slug' | 'isFallback' | 'translated' | 'data' | 'source'>;

/** The hreflang set of a filter page: the list page's translations (the same filter exists in every language). */
export const filterPageLanguages = (list: Pick<Page, 'isFallback' | 'translated'>): string[] => (list.isFallback ? [] : list.translated);

export function sitemapEntries(pages: readonly Page[], testimonialsOf: (lang: string) => SitemapTestimonials): SitemapEntry[] {
  const entries: SitemapEntry[] = [];
  for (const page of pages.filter((candidate) => !candidate.isFallback)) {
    entries.push({ lang: page.lang, slug: page.slug, lastmod: page.data.lastReviewed.toISOString().slice(0, 10), translated: page.translated });
  }
  for (const list of pages.filter((page) => page.source.tools.includes('testimonials'))) {
    const collection = testimonialsOf(list.lang);
    // A story is listed in the languages its text really is in (its page's canonical is itself there).
    for (const item of collection.items.filter((story) => !story.text.isFallback))
      entries.push({ lang: list.lang, slug: `${list.slug}/${item.slug}`, translated: [...item.languages] });
    if (list.isFallback) continue;
    for (const { id, values } of collection.filters)
      for (const { value } of values) entries.push({ lang: list.lang, slug: `${list.slug}/${id}/${value}`, translated: filterPageLanguages(list) });
  }
  return entries;
}
