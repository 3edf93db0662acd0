// The built site as files: which pages there are and what they hold.
import fs from 'node:fs';
import path from 'node:path';

import { outDir } from '../../src/site-env.ts';

export const distDir = outDir;

/** Every file under a folder, as paths relative to it with forward slashes. */
export function listFiles(dir: string = distDir): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
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

export function readPage(urlPath: string, dir: string = distDir): string {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return fs.readFileSync(path.join(dir, file), 'utf8');
}
