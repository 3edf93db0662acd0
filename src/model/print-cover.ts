// What the first page of a printed page or PDF says about it (components/PrintCover): its
// title, the language it is in, who publishes it, the date its content was last checked, its
// translation status, where it is published, and, for a document with chapters, its contents.
// Pure, so tests build it from mocked pages in-process.
import type { SitePage } from './site-pages';

export type PrintStatus =
  /** The Dutch original. */
  | 'source'
  /** A translation checked by a native speaker. */
  | 'checked'
  /** A translation nobody has checked yet. */
  | 'draft'
  /** Not translated into the reader's language: shown in another (the notice names it). */
  | 'fallback';

export interface PrintCover {
  /** The latest date any part of the document was checked. */
  lastReviewed: Date;
  /** The weakest status of its parts: one draft chapter makes the document a draft. */
  status: PrintStatus;
  /** The languages other than the reader's that parts are shown in (for the fallback status). */
  fallbackLanguages: string[];
  /** The address to type: the public site's, or the path alone for a build without one. */
  address: string;
  /** The chapters, each with the id of its heading in the document (empty for a single page). */
  chapters: { id: string; page: SitePage<unknown> }[];
}

const RANK: PrintStatus[] = ['source', 'checked', 'draft', 'fallback'];

function statusOf(page: SitePage<unknown>): PrintStatus {
  if (page.isFallback) return 'fallback';
  const translation = page.data.translation;
  return translation === 'source' ? 'source' : translation === 'checked' ? 'checked' : 'draft';
}

/**
 * `parts`: the page, then its chapters (if printed whole); `path`: where the document is
 * published on the site; `siteUrl`: the public address (src/site-env.ts printSiteUrl), or
 * undefined for a build that has none (the address is then the path, never localhost).
 */
export function buildPrintCover(
  parts: SitePage<unknown>[],
  path: string,
  siteUrl: string | undefined,
  chapterId: (page: SitePage<unknown>) => string,
): PrintCover {
  if (parts.length === 0) throw new Error('buildPrintCover: a document needs at least one page');
  const chapters = parts.slice(1);
  const status = parts.map(statusOf).reduce((worst, next) => (RANK.indexOf(next) > RANK.indexOf(worst) ? next : worst));
  const lastReviewed = new Date(Math.max(...parts.map((part) => part.data.lastReviewed.getTime())));
  const fallbackLanguages = [...new Set(parts.filter((part) => part.isFallback).map((part) => part.contentLang))].sort();
  return {
    lastReviewed,
    status,
    fallbackLanguages,
    address: siteUrl ? new URL(path, `${siteUrl}/`).href : path,
    chapters: chapters.map((page) => ({ id: chapterId(page), page })),
  };
}
