// Size budgets over built pages: HTML plus the CSS it needs, gzip-compressed, within the page
// budget; JavaScript only on the pages allowed to ship it.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { pagePaths, parsedPage, resolvePath } from '../dist';
import { budgetOf } from './page-budget';

export interface PageSize {
  page: string;
  bytes: number;
  scriptBytes: number;
  /** Each script: its src, or "(inline)". */
  scripts: string[];
}

const gzipped = new Map<string, number>();
function gzipSize(file: string): number {
  if (!gzipped.has(file)) gzipped.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length);
  return gzipped.get(file)!;
}

/** A same-site file a page refers to, or undefined (another host, or missing: the link gate reports that). */
function localFile(dir: string, page: string, url: string): string | undefined {
  const base = 'http://site.invalid';
  const resolved = URL.parse(url, `${base}${page}`);
  return resolved?.origin === base ? resolvePath(resolved.pathname, dir) : undefined;
}

/** A script element that is JavaScript (not JSON or another data block). */
const isJavaScript = (type: string | undefined) => !type || /^(module|(text|application)\/(java|ecma)script)$/i.test(type.trim());

const measured = new Map<string, PageSize[]>();
export function measurePages(dir: string): PageSize[] {
  if (!measured.has(dir)) {
    measured.set(
      dir,
      pagePaths(dir).map((page) => {
        const root = parsedPage(page, dir);
        // A print-only sheet (media="print") is neither render-blocking nor needed to show the page.
        const styles = root
          .querySelectorAll('link[rel~="stylesheet"]')
          .filter((link) => link.getAttribute('media') !== 'print')
          .map((link) => localFile(dir, page, link.getAttribute('href') ?? ''));
        const scripts = root.querySelectorAll('script').filter((script) => isJavaScript(script.getAttribute('type')));
        const sources = scripts.map((script) => script.getAttribute('src') ?? '(inline)');
        const scriptFiles = scripts
          .map((script) => script.getAttribute('src'))
          .filter((src) => src !== undefined)
          .map((src) => localFile(dir, page, src));
        const sum = (files: (string | undefined)[]) => files.reduce((total, file) => total + (file ? gzipSize(file) : 0), 0);
        return { page, bytes: gzipSize(resolvePath(page, dir)!) + sum(styles), scriptBytes: sum(scriptFiles), scripts: sources };
      }),
    );
  }
  return measured.get(dir)!;
}

export function checkBudgets(dir: string): { pages: PageSize[]; problems: string[] } {
  const pages = measurePages(dir);
  const problems = pages
    .filter(({ page, bytes }) => bytes > budgetOf(page))
    .map(({ page, bytes }) => `${page}: ${bytes} bytes of HTML and CSS (gzip), over its budget of ${budgetOf(page)}`);
  return { pages, problems };
}

/** No HTML comment in a page: it is meant for the site's makers, yet every reader downloads it
 * (a component's note goes in its front matter, in a JSX comment or in its <style>, which the
 * build leaves out). The raw file is read: the parsed pages leave comments out. */
export function checkComments(dir: string): { pages: number; problems: string[] } {
  const pages = pagePaths(dir);
  const problems = pages
    .map((page) => ({ page, comments: fs.readFileSync(resolvePath(page, dir)!, 'utf8').match(/<!--[\s\S]*?-->/g) ?? [] }))
    .filter(({ comments }) => comments.length > 0)
    .map(
      ({ page, comments }) =>
        `${page}: ${comments.length} HTML comment${comments.length > 1 ? 's' : ''} (${comments.reduce((sum, comment) => sum + comment.length, 0)} bytes), e.g. ${comments[0]!.slice(0, 60)}`,
    );
  return { pages: pages.length, problems };
}

/** JavaScript only on the pages in `allowed` (URL paths); an allowed page that does not exist
 * is reported too, so the list cannot keep pages that are gone. */
export function checkScripts(dir: string, allowed: string[]): { pages: number; withScript: PageSize[]; problems: string[] } {
  const pages = measurePages(dir);
  const withScript = pages.filter((size) => size.scripts.length > 0);
  const existing = new Set(pages.map((size) => size.page));
  const problems = [
    ...withScript
      .filter(({ page }) => !allowed.includes(page))
      .map(({ page, scripts }) => `${page}: ships JavaScript (${scripts.join(', ')}) but is not allowed to`),
    ...allowed.filter((page) => !existing.has(page)).map((page) => `${page}: allowed to ship JavaScript, but there is no such page`),
  ];
  return { pages: pages.length, withScript, problems };
}
