// Every page of the site in every language, from the `pages` collection (the model itself
// is in site-pages.ts, without Astro, so it is tested in-process).
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE } from '../i18n/config';
import { contentDir } from '../site-env.ts';
import { localizer } from '../i18n/locales';
import { buildSitePages, childPages, ContentError, menuPages, parentSlug, toolPage, type SitePage as Page } from './site-pages';
import type { ToolName } from '../tools/names';

export type PageEntry = CollectionEntry<'pages'>;
export type SitePage = Page<PageEntry>;

const fileOf = (entry: PageEntry): string => entry.filePath ?? path.join(path.relative(process.cwd(), contentDir), entry.id);

let cache: Promise<SitePage[]> | undefined;

export function getSitePages(): Promise<SitePage[]> {
  cache ??= getCollection('pages').then((entries) =>
    buildSitePages(
      entries.map((entry) => ({ id: entry.id, file: fileOf(entry), data: entry.data, entry })),
      localizer,
    ),
  );
  return cache;
}

export async function getSitePage(lang: string, slug: string): Promise<SitePage> {
  const page = (await getSitePages()).find((candidate) => candidate.lang === lang && candidate.slug === slug);
  if (!page)
    throw new ContentError(
      `No page "${slug || 'index'}" in content/${DEFAULT_LOCALE}/; expected ${path.relative(process.cwd(), contentDir)}/${DEFAULT_LOCALE}/${slug || 'index'}.mdx`,
    );
  return page;
}

export async function getChildPages(lang: string, parent: string): Promise<SitePage[]> {
  return childPages(await getSitePages(), lang, parent);
}

/** The parent page, if there is one (undefined for top-level pages and the home page). */
export async function getParentPage(page: SitePage): Promise<SitePage | undefined> {
  const parent = parentSlug(page.slug);
  return parent ? getSitePage(page.lang, parent) : undefined;
}

/** Pages of one language listed in a menu, in the source's order. */
export async function getMenuPages(lang: string, menu: 'main' | 'footer'): Promise<SitePage[]> {
  return menuPages(await getSitePages(), lang, menu);
}

/** The page of one language that carries a tool (e.g. the search page), if the content declares one. */
export async function getToolPage(lang: string, tool: ToolName): Promise<SitePage | undefined> {
  return toolPage(await getSitePages(), lang, tool);
}
