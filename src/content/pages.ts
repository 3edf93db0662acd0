// Every page of the site in every language: the real translation where there is one,
// otherwise the fallback text (see i18n/fallback.ts).
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE } from '../i18n/config';
import { contentDir } from '../site-env.ts';
import { chooseContentLanguage } from '../i18n/fallback';
import { localeCodes } from '../i18n/locales';
import { splitEntryId } from '../i18n/paths';

export type PageEntry = CollectionEntry<'pages'>;

export interface SitePage {
  /** The reader's language: the page's chrome and URL. */
  lang: string;
  slug: string;
  entry: PageEntry;
  /** The language the text is really in; differs from lang on a fallback page. */
  contentLang: string;
  isFallback: boolean;
  /** Languages this page is really translated into. */
  translated: string[];
}

export class ContentError extends Error {
  override name = 'ContentError';
}

function fileOf(entry: PageEntry): string {
  return entry.filePath ?? path.join(path.relative(process.cwd(), contentDir), entry.id);
}

let cache: Promise<SitePage[]> | undefined;

export function getSitePages(): Promise<SitePage[]> {
  cache ??= loadSitePages();
  return cache;
}

async function loadSitePages(): Promise<SitePage[]> {
  const entries = (await getCollection('pages')).sort((a, b) => a.id.localeCompare(b.id));
  const bySlug = new Map<string, Map<string, PageEntry>>();
  const problems: string[] = [];

  for (const entry of entries) {
    const { lang, slug } = splitEntryId(entry.id);
    if (!localeCodes.includes(lang)) {
      problems.push(`${fileOf(entry)}: folder "${lang}" is not a language of the site; expected one of ${localeCodes.join(', ')} (a new language also needs locales/${lang}/common.json)`);
      continue;
    }
    const isSource = lang === DEFAULT_LOCALE;
    if (isSource && entry.data.translation !== 'source') {
      problems.push(`${fileOf(entry)}: field "translation" is "${entry.data.translation}"; expected "source" for the Dutch original`);
    }
    if (!isSource && entry.data.translation === 'source') {
      problems.push(`${fileOf(entry)}: field "translation" is "source"; expected "draft" or "checked" (only Dutch pages are the source)`);
    }
    if (!bySlug.has(slug)) bySlug.set(slug, new Map());
    bySlug.get(slug)!.set(lang, entry);
  }

  for (const [slug, versions] of bySlug) {
    if (!versions.has(DEFAULT_LOCALE)) {
      const files = [...versions.values()].map(fileOf).join(', ');
      problems.push(`${files}: no Dutch original at ${path.relative(process.cwd(), contentDir)}/${DEFAULT_LOCALE}/${slug || 'index'}.mdx; every page starts in Dutch and keeps its Dutch slug in every language`);
    }
  }
  if (problems.length) throw new ContentError(`Content is invalid:\n  ${problems.join('\n  ')}`);

  const pages: SitePage[] = [];
  for (const [slug, versions] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const translated = localeCodes.filter((code) => versions.has(code));
    const available = new Set(translated);
    for (const lang of localeCodes) {
      const contentLang = chooseContentLanguage(lang, available)!;
      pages.push({ lang, slug, entry: versions.get(contentLang)!, contentLang, isFallback: contentLang !== lang, translated });
    }
  }
  return pages;
}

export async function getSitePage(lang: string, slug: string): Promise<SitePage> {
  const page = (await getSitePages()).find((candidate) => candidate.lang === lang && candidate.slug === slug);
  if (!page) throw new ContentError(`No page "${slug || 'index'}" in content/${DEFAULT_LOCALE}/; expected ${path.relative(process.cwd(), contentDir)}/${DEFAULT_LOCALE}/${slug || 'index'}.mdx`);
  return page;
}

/** Child pages of a slug (e.g. the chapters under "pakket/brochure"), in their set order. */
export async function getChildPages(lang: string, parent: string): Promise<SitePage[]> {
  const prefix = parent ? `${parent}/` : '';
  return (await getSitePages())
    .filter((page) => page.lang === lang && page.slug.startsWith(prefix) && !page.slug.slice(prefix.length).includes('/') && page.slug !== parent)
    .sort((a, b) => (a.entry.data.order ?? 0) - (b.entry.data.order ?? 0) || a.slug.localeCompare(b.slug));
}
