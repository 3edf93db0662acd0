// Every internal href, src, srcset, hreflang target, sitemap URL and #fragment resolves.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { listFiles, pagePaths } from '../dist';

export interface LinkReport {
  checked: number;
  broken: string[];
}

const ATTRIBUTES: [string, string][] = [
  ['a[href]', 'href'], ['link[href]', 'href'], ['script[src]', 'src'], ['img[src]', 'src'],
  ['img[srcset]', 'srcset'], ['source[srcset]', 'srcset'], ['source[src]', 'src'],
  ['video[src]', 'src'], ['video[poster]', 'poster'], ['audio[src]', 'src'], ['track[src]', 'src'],
  ['form[action]', 'action'], ['use[href]', 'href'],
];

/** The file a site path is served from, or undefined. */
export function resolvePath(dir: string, urlPath: string): string | undefined {
  const decoded = decodeURI(urlPath);
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`];
  return candidates.map((candidate) => path.join(dir, candidate)).find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

export function checkLinks(dir: string, site: string): LinkReport {
  const origin = new URL(site).origin;
  const broken: string[] = [];
  let checked = 0;
  const parsed = new Map<string, HTMLElement>();
  const load = (file: string) => {
    if (!parsed.has(file)) parsed.set(file, parse(fs.readFileSync(file, 'utf8')));
    return parsed.get(file)!;
  };

  const check = (from: string, raw: string) => {
    if (/^(mailto|tel|data|javascript):/i.test(raw)) return;
    const url = new URL(raw, `${origin}${from}`);
    if (url.origin !== origin) return;
    checked += 1;
    const file = resolvePath(dir, url.pathname);
    if (!file) {
      broken.push(`${from}: ${raw} leads nowhere`);
      return;
    }
    if (url.hash && file.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      const root = load(file);
      if (!root.querySelector(`[id="${id}"]`) && !root.querySelector(`[name="${id}"]`)) broken.push(`${from}: ${raw} has no element with id "${id}"`);
    }
  };

  const alternatesOf = new Map<string, string[]>();
  for (const page of pagePaths(dir)) {
    const root = load(resolvePath(dir, page)!);
    for (const [selector, attribute] of ATTRIBUTES) {
      for (const element of root.querySelectorAll(selector)) {
        const value = element.getAttribute(attribute) ?? '';
        const urls = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]!).filter(Boolean) : [value];
        urls.forEach((url) => check(page, url));
      }
    }
    alternatesOf.set(page, root.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => new URL(link.getAttribute('href')!).pathname));
  }

  // hreflang sets are reciprocal: every page a page names as its translation names it back.
  for (const [page, alternates] of alternatesOf) {
    for (const target of alternates) {
      if (target === page) continue;
      const back = alternatesOf.get(target);
      if (back && !back.includes(page)) broken.push(`${page}: hreflang names ${target}, which does not name it back`);
    }
  }

  const sitemap = path.join(dir, 'sitemap.xml');
  if (fs.existsSync(sitemap)) {
    const urls = [...fs.readFileSync(sitemap, 'utf8').matchAll(/(?:<loc>|href=")([^<"]+)/g)].map((match) => match[1]!);
    urls.forEach((url) => check('/sitemap.xml', url));
  }

  return { checked, broken };
}

export { listFiles };
