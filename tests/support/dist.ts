// The built site as files: which pages there are, where a URL path is served from, and each
// page parsed once (the gates share the parsed pages instead of each parsing all of them).
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

import { outDir } from '../../src/site-env.ts';

export const distDir = outDir;

/** Every file under a folder, as paths relative to it with forward slashes. */
export function listFiles(dir: string = distDir): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Every HTML page, as the URL path it is served at ("/ar/pakket/", "/ar/404.html"). */
export function pagePaths(dir: string = distDir): string[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`);
}

const isFile = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;

/**
 * The file a URL path is served from, as a static host does it ("/a/" → a/index.html, "/a" →
 * a or a/index.html), or undefined: also for bad percent-encoding and paths outside the folder.
 */
export function resolvePath(urlPath: string, dir: string = distDir): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const root = path.resolve(dir);
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`];
  return candidates.map((candidate) => path.join(root, candidate)).find((file) => file.startsWith(root + path.sep) && isFile(file));
}

const parsed = new Map<string, HTMLElement>();

/** A built page's HTML, parsed once per test file and shared by every gate. */
export function parsedPage(urlPath: string, dir: string = distDir): HTMLElement {
  const file = resolvePath(urlPath, dir);
  if (!file) throw new Error(`${urlPath}: no such page in ${dir}`);
  let root = parsed.get(file);
  if (!root) {
    root = parse(fs.readFileSync(file, 'utf8'));
    parsed.set(file, root);
  }
  return root;
}
