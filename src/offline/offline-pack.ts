// After the build (and again after the PDFs are printed: scripts/make-pdfs.mjs), the offline
// pack: for each page that shows the tool offlinePack (<section data-offline-pack="<lang>">),
// the files a reader of that language stores when saving it: every page at or below that
// page, every PDF printed from one of them (/downloads/index.json), and every file those pages
// load (stylesheets, scripts and the modules they import, images, icons, audio). Writes the
// total size into the page (<data data-offline-size>, in the reader's language), then bundles
// the service worker (sw.ts, Workbox) with the list and a revision (content hash) of each file
// into dist/sw.js. A page that loads a file missing from the build fails the build, naming
// both. Plain Node can import this file (make-pdfs.mjs): imports carry their extensions.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { formatSize } from '../../scripts/pdf-meta.mjs';
import { OFFLINE_WORKER } from './names.ts';

export interface OfflinePack {
  lang: string;
  /** The page that shows the tool, e.g. /ar/pakket/. */
  page: string;
  /** Every file stored, as site paths (/ar/pakket/, /_astro/x.css, /downloads/ar/x.pdf), sorted. */
  files: string[];
  bytes: number;
}

interface DownloadEntry {
  lang: string;
  source: string;
  href: string;
}

const SIZE = /<data data-offline-size value="[^"]*">[^<]*<\/data>/;
/** Attributes that make a page load a file; <link> only for the rels that load one. */
const LOADS = /\s(?:src|poster)="([^"]+)"|\ssrcset="([^"]+)"/g;
const LINK = /<link\b[^>]*>/g;
const LINK_LOADS = /\brel="(?:stylesheet|icon|apple-touch-icon|manifest|modulepreload|preload)"/;

const toFile = (dist: string, sitePath: string) =>
  path.join(dist, ...decodeURI(sitePath).split('/').filter(Boolean), ...(sitePath.endsWith('/') ? ['index.html'] : []));

function pagesBelow(dist: string, page: string): string[] {
  const folder = toFile(dist, page).replace(/index\.html$/, '');
  return fs
    .readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'index.html')
    .map((file) => `${page}${path.dirname(file).split(path.sep).join('/')}/`.replace(/\/\.\/$/, '/'));
}

/** The local files a page, stylesheet or script loads, as site paths. */
export function loadedBy(sitePath: string, text: string): string[] {
  const found: string[] = [];
  if (sitePath.endsWith('/')) {
    for (const match of text.matchAll(LOADS)) {
      if (match[1]) found.push(match[1]);
      else for (const candidate of match[2]!.split(',')) found.push(candidate.trim().split(/\s+/)[0]!);
    }
    for (const [link] of text.matchAll(LINK)) {
      const href = /\shref="([^"]+)"/.exec(link)?.[1];
      if (href && LINK_LOADS.test(link)) found.push(href);
    }
  } else if (sitePath.endsWith('.css')) {
    for (const match of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) found.push(match[1]!);
  } else if (sitePath.endsWith('.js')) {
    // Static and dynamic imports of the bundler's chunks: "./chunk.js" or "/_astro/chunk.js".
    for (const match of text.matchAll(/["'`]((?:\.\.?\/|\/_astro\/)[\w./-]+\.m?js)["'`]/g)) found.push(match[1]!);
  }
  return found
    .map((reference) => new URL(reference, `https://site.invalid${sitePath}`))
    .filter((url) => url.origin === 'https://site.invalid' && !url.pathname.endsWith('/'))
    .map((url) => url.pathname);
}

/** The packs of a built site: one per page that shows the tool. PDFs that were not printed (yet) are left out. */
export function findPacks(dist: string): OfflinePack[] {
  const downloadsFile = path.join(dist, 'downloads/index.json');
  const downloads: DownloadEntry[] = fs.existsSync(downloadsFile) ? JSON.parse(fs.readFileSync(downloadsFile, 'utf8')) : [];
  const toolPages = fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'index.html')
    .sort()
    .flatMap((file) => {
      const lang = /<section [^>]*data-offline-pack="([^"]+)"/.exec(fs.readFileSync(path.join(dist, file), 'utf8'))?.[1];
      return lang ? [{ lang, page: `/${path.dirname(file).split(path.sep).join('/')}/` }] : [];
    });
  return toolPages.map(({ lang, page }) => {
    const pages = pagesBelow(dist, page);
    const pdfs = downloads.filter((pdf) => pdf.lang === lang && pdf.source.startsWith(page) && fs.existsSync(toFile(dist, pdf.href))).map((pdf) => pdf.href);
    const files = new Set([...pages, ...pdfs]);
    const queue = [...pages];
    for (let sitePath = queue.shift(); sitePath; sitePath = queue.shift()) {
      if (!/(\/|\.css|\.js)$/.test(sitePath)) continue;
      for (const loaded of loadedBy(sitePath, fs.readFileSync(toFile(dist, sitePath), 'utf8'))) {
        if (files.has(loaded) || loaded.endsWith('.pdf')) continue;
        const file = toFile(dist, loaded);
        if (!fs.existsSync(file) || !fs.statSync(file).isFile())
          throw new Error(`Offline pack (${lang}): ${sitePath} loads ${loaded}, which is not in the build (${dist}); a reader could not store the pack.`);
        files.add(loaded);
        queue.push(loaded);
      }
    }
    const sorted = [...files].sort();
    return { lang, page, files: sorted, bytes: sorted.reduce((sum, sitePath) => sum + fs.statSync(toFile(dist, sitePath)).size, 0) };
  });
}

/** Writes the pack's size into the page that offers it; returns whether the page changed. */
function writeSize(dist: string, pack: OfflinePack): boolean {
  const file = toFile(dist, pack.page);
  const html = fs.readFileSync(file, 'utf8');
  if (!SIZE.test(html)) throw new Error(`Offline pack: ${file} shows the tool but has no <data data-offline-size> to write the size in.`);
  const updated = html.replace(SIZE, `<data data-offline-size value="${pack.bytes}">${formatSize(pack.lang, pack.bytes)}</data>`);
  if (updated === html) return false;
  fs.writeFileSync(file, updated);
  return true;
}

const revision = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16);

/** The service worker with the packs in it: the same script for the same files, another one as soon as any file changes. */
export function bundleWorker(dist: string, packs: OfflinePack[]): string {
  const files = [...new Set(packs.flatMap((pack) => pack.files))].sort();
  const index = new Map(files.map((file, i) => [file, i]));
  const manifest = {
    // Hashed files never change under their name: no revision needed.
    files: files.map((file) => [file, file.startsWith('/_astro/') ? null : revision(toFile(dist, file))]),
    packs: Object.fromEntries(packs.map((pack) => [pack.lang, pack.files.map((file) => index.get(file)!)])),
  };
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('./sw.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
    // Workbox logs in development builds only.
    define: { 'process.env.NODE_ENV': '"production"', __OFFLINE_PACKS__: JSON.stringify(manifest) },
  });
  return result.outputFiles[0]!.text;
}

/** The whole step: sizes into the pages, then dist/sw.js. A site without the tool gets no service worker. */
export function writeOfflinePack(dist: string): OfflinePack[] {
  const worker = toFile(dist, OFFLINE_WORKER);
  let packs = findPacks(dist);
  if (!packs.length) {
    fs.rmSync(worker, { force: true });
    return [];
  }
  // The page is one of the files it counts: write until the size it shows no longer changes it.
  for (let round = 0; packs.map((pack) => writeSize(dist, pack)).includes(true); round++) {
    if (round > 3) throw new Error('Offline pack: the size written into the page keeps changing it.');
    packs = findPacks(dist);
  }
  fs.writeFileSync(worker, bundleWorker(dist, packs));
  return packs;
}
