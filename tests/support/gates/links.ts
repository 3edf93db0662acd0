// Every internal href, src, srcset, hreflang target, sitemap URL and #fragment resolves.
import fs from 'node:fs';
import path from 'node:path';
import { DOMParser, type Document } from '@xmldom/xmldom';
import { pagePaths, parsedPage, resolvePath } from '../dist';

export interface LinkReport {
  pages: number;
  checked: number;
  broken: string[];
}

const ATTRIBUTES: [string, string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
];

const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML = 'http://www.w3.org/1999/xhtml';

/** The URLs of a srcset: each candidate is a URL, then optionally a width or density. */
const srcsetUrls = (value: string) =>
  value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0]!)
    .filter(Boolean);

/** The ids (and a[name]s) of a page, which a #fragment may point at. Compared as strings, so
 * ids with quotes or backslashes need no escaping in a selector. */
const idsOf = new Map<string, Set<string>>();
function anchors(dir: string, urlPath: string): Set<string> {
  const key = `${dir}\0${urlPath}`;
  if (!idsOf.has(key)) {
    const root = parsedPage(urlPath, dir);
    idsOf.set(
      key,
      new Set([
        ...root.querySelectorAll('[id]').map((element) => element.getAttribute('id')!),
        ...root.querySelectorAll('a[name]').map((element) => element.getAttribute('name')!),
      ]),
    );
  }
  return idsOf.get(key)!;
}

export function checkLinks(dir: string, site: string): LinkReport {
  const origin = new URL(site).origin;
  const broken: string[] = [];
  let checked = 0;

  /** Resolves a URL written on a page; undefined (and reported) if it is malformed. */
  const parseUrl = (from: string, raw: string) => {
    try {
      return new URL(raw, `${origin}${from}`);
    } catch {
      broken.push(`${from}: ${raw} is not a valid URL`);
      return undefined;
    }
  };

  const check = (from: string, raw: string) => {
    if (/^(mailto|tel|data|javascript):/i.test(raw.trim())) return;
    const url = parseUrl(from, raw);
    if (!url || url.origin !== origin) return;
    checked += 1;
    const file = resolvePath(url.pathname, dir);
    if (!file) {
      broken.push(`${from}: ${raw} leads nowhere`);
      return;
    }
    if (url.hash && file.endsWith('.html')) {
      let id: string;
      try {
        id = decodeURIComponent(url.hash.slice(1));
      } catch {
        broken.push(`${from}: ${raw} has a malformed #fragment`);
        return;
      }
      if (!anchors(dir, url.pathname).has(id)) broken.push(`${from}: ${raw} has no element with id "${id}"`);
    }
  };

  const pages = pagePaths(dir);
  const alternatesOf = new Map<string, string[]>();
  for (const page of pages) {
    const root = parsedPage(page, dir);
    for (const [selector, attribute] of ATTRIBUTES) {
      for (const element of root.querySelectorAll(selector)) {
        const value = element.getAttribute(attribute) ?? '';
        (attribute === 'srcset' ? srcsetUrls(value) : [value]).forEach((url) => check(page, url));
      }
    }
    const alternates = root
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((link) => parseUrl(page, link.getAttribute('href') ?? ''))
      .filter((url) => url?.origin === origin)
      .map((url) => url!.pathname);
    alternatesOf.set(page, alternates);
  }

  // hreflang sets are reciprocal: every page a page names as its translation names it back.
  // (A target that does not exist is already reported above as a link[href] that leads nowhere.)
  for (const [page, alternates] of alternatesOf) {
    for (const target of alternates) {
      if (target === page) continue;
      const back = alternatesOf.get(target);
      if (back && !back.includes(page)) broken.push(`${page}: hreflang names ${target}, which does not name it back`);
    }
  }

  // The sitemap is read as XML (namespaces, entities), not matched with a regular expression.
  const sitemap = path.join(dir, 'sitemap.xml');
  if (fs.existsSync(sitemap)) {
    let xml: Document | undefined;
    try {
      xml = new DOMParser({
        onError: (level, message) => {
          if (level !== 'warning') throw new Error(message);
        },
      }).parseFromString(fs.readFileSync(sitemap, 'utf8'), 'text/xml');
    } catch (error) {
      broken.push(`/sitemap.xml: not well-formed XML (${(error as Error).message})`);
    }
    if (xml) {
      const locs = Array.from(xml.getElementsByTagNameNS(SITEMAP, 'loc'), (loc) => loc.textContent?.trim() ?? '');
      const alternates = Array.from(xml.getElementsByTagNameNS(XHTML, 'link'), (link) => link.getAttribute('href') ?? '');
      for (const url of [...locs, ...alternates]) {
        // A sitemap lists only its own site's pages (another origin: a wrong SITE_URL at build time).
        if (URL.parse(url)?.origin !== origin) broken.push(`/sitemap.xml: ${url} is not on ${origin}`);
        else check('/sitemap.xml', url);
      }
    }
  }

  return { pages: pages.length, checked, broken };
}
