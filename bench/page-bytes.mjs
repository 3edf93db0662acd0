// What a first visit to one built page downloads, by kind (HTML, CSS, JS, fonts), raw and
// compressed with gzip (level 9, as the budget gate) and brotli (node:zlib). It follows the
// page's stylesheets and scripts, the static imports of those scripts, and the fonts their
// stylesheets declare; not what a script loads later (search, on demand).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const KINDS = ['html', 'css', 'js', 'font'];

const sizes = new Map();
/** { raw, gzip, brotli } bytes of one file (memoised: pages share their assets). */
export function fileSizes(file) {
  if (!sizes.has(file)) {
    const data = fs.readFileSync(file);
    sizes.set(file, { raw: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length, brotli: zlib.brotliCompressSync(data).length });
  }
  return sizes.get(file);
}

/** The file of a same-site URL path in a built site: folders are their index.html. */
export function fileOf(dir, urlPath) {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  const file = path.join(dir, clean.endsWith('/') ? `${clean}index.html` : clean);
  return fs.existsSync(file) ? file : undefined;
}

const resolve = (from, ref) => {
  const url = new URL(ref, `http://site.invalid${from}`);
  return url.origin === 'http://site.invalid' ? url.pathname : undefined;
};
const attributes = (tag) =>
  Object.fromEntries(
    [...tag.matchAll(/([\w-]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g)].map(([, name, value = '']) => [name.toLowerCase(), value.replace(/^["']|["']$/g, '')]),
  );

/** The URL paths one page loads on a first visit, by kind. */
export function pageResources(dir, pagePath) {
  const html = fs.readFileSync(fileOf(dir, pagePath), 'utf8');
  const found = { html: new Set([pagePath]), css: new Set(), js: new Set(), font: new Set() };
  const printOnly = new Set();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const { rel = '', href, media } = attributes(tag);
    if (href && /\bstylesheet\b/i.test(rel)) {
      const sheet = resolve(pagePath, href);
      found.css.add(sheet);
      if (media === 'print') printOnly.add(sheet);
    }
    if (href && /\bmodulepreload\b/i.test(rel)) found.js.add(resolve(pagePath, href));
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const { src } = attributes(tag);
    if (src) found.js.add(resolve(pagePath, src));
  }
  // Static imports of the scripts (import … from "x", import "x"), not import("x").
  for (const script of found.js) {
    const file = script && fileOf(dir, script);
    if (!file) continue;
    const code = fs.readFileSync(file, 'utf8');
    for (const [, ref] of code.matchAll(/\bimport\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+)["']/g)) found.js.add(resolve(script, ref));
  }
  for (const sheet of found.css) {
    const file = sheet && fileOf(dir, sheet);
    if (!file) continue;
    for (const [, ref] of fs.readFileSync(file, 'utf8').matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/g)) found.font.add(resolve(sheet, ref));
  }
  return {
    ...Object.fromEntries(KINDS.map((kind) => [kind, [...found[kind]].filter(Boolean)])),
    // The sheets a screen waits for: not the print-only ones (the budget gate leaves those out too).
    screenCss: [...found.css].filter((sheet) => sheet && !printOnly.has(sheet)),
  };
}

const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });
const add = (into, size) => {
  for (const key of Object.keys(into)) into[key] += size[key];
};

/** Bytes of a first visit to one page: per kind and in total, each { raw, gzip, brotli }. */
export function pageBytes(dir, pagePath) {
  const resources = pageResources(dir, pagePath);
  const result = { total: zero(), files: 0 };
  for (const kind of KINDS) {
    result[kind] = zero();
    for (const urlPath of resources[kind]) {
      const file = fileOf(dir, urlPath);
      if (!file) continue;
      add(result[kind], fileSizes(file));
      add(result.total, fileSizes(file));
      result.files++;
    }
  }
  return result;
}

/** Total bytes of a folder's files by extension group, and how many. */
export function siteSizeByKind(dir) {
  const groups = {
    'search index': /^pagefind\//,
    html: /\.html$/,
    css: /\.css$/,
    js: /\.m?js$/,
    pdf: /\.pdf$/,
    image: /\.(svg|avif|webp|png|jpe?g|gif)$/,
    'video/subtitles': /\.(webm|mp4|vtt)$/,
    font: /\.(woff2?|ttf|otf)$/,
  };
  const result = {};
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dir, file);
    if (!fs.statSync(full).isFile()) continue;
    const rel = file.split(path.sep).join('/');
    const kind = Object.keys(groups).find((name) => groups[name].test(name === 'search index' ? rel : rel.toLowerCase())) ?? 'other';
    result[kind] ??= { files: 0, bytes: 0 };
    result[kind].files++;
    result[kind].bytes += fs.statSync(full).size;
  }
  return result;
}

/** Bytes of a folder (the search index), raw. */
export function folderBytes(dir) {
  if (!fs.existsSync(dir)) return 0;
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => fs.statSync(path.join(dir, file)))
    .filter((stat) => stat.isFile())
    .reduce((total, stat) => total + stat.size, 0);
}
