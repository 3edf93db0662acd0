// The offline pack's build step (src/offline/offline-pack.ts) over a small built site in a
// temporary folder: which files a language's pack holds, the size written into its page, the
// service worker's list and revisions (a changed file gives a new worker, an unchanged build
// the same bytes), and the builds it refuses, naming the page and the file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findPacks, loadedBy, writeOfflinePack } from '../../src/offline/offline-pack';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

const BOX = (lang: string) =>
  `<section class="offline-pack" data-offline-pack="${lang}" data-worker="/sw.js"><p>… <data data-offline-size value="">…</data> …</p></section>`;

/** A built site: the pack's page in nl and ar with a chapter each, a page outside the pack, assets and PDFs. */
function site(files: Record<string, string | Buffer> = {}): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-pack-'));
  roots.push(dist);
  const page = (lang: string, body: string) =>
    `<!doctype html><html lang="${lang}"><head><link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg"><link rel="canonical" href="https://example.org/${lang}/pakket/"><link rel="alternate" hreflang="nl" href="/nl/pakket/"></head><body>${body}</body></html>`;
  const all: Record<string, string | Buffer> = {
    'nl/pakket/index.html': page('nl', `${BOX('nl')}<a href="/downloads/nl/brochure.pdf">PDF</a><script type="module" src="/_astro/offline.js"></script>`),
    'nl/pakket/brochure/een/index.html': page('nl', '<img src="/_astro/een.svg" srcset="/_astro/een.webp 1x, /_astro/een-2x.webp 2x" alt="">'),
    'ar/pakket/index.html': page('ar', `${BOX('ar')}<script type="module" src="/_astro/offline.js"></script>`),
    'ar/pakket/brochure/een/index.html': page('ar', '<img src="/_astro/een.svg" alt="">'),
    'nl/film/index.html': page('nl', '<video src="/video/film.webm"></video>'),
    '_astro/site.css': 'body{background:url(/_astro/paper.svg)}',
    '_astro/paper.svg': '<svg/>',
    '_astro/offline.js': 'import"./chunk.js";',
    '_astro/chunk.js': 'export const a=1;',
    '_astro/een.svg': '<svg/>',
    '_astro/een.webp': 'webp',
    '_astro/een-2x.webp': 'webp2',
    'favicon.svg': '<svg/>',
    'video/film.webm': 'webm',
    'downloads/nl/brochure.pdf': Buffer.alloc(3000, 1),
    'downloads/ar/brochure.pdf': Buffer.alloc(5000, 2),
    'downloads/nl/folder.pdf': Buffer.alloc(100, 3),
    'downloads/index.json': JSON.stringify([
      { lang: 'nl', source: '/nl/pakket/brochure/een/', href: '/downloads/nl/brochure.pdf' },
      { lang: 'ar', source: '/ar/pakket/brochure/een/', href: '/downloads/ar/brochure.pdf' },
      { lang: 'nl', source: '/nl/verkiezingen/', href: '/downloads/nl/folder.pdf' },
      // Declared but not printed (a build without Chromium): left out.
      { lang: 'ar', source: '/ar/pakket/', href: '/downloads/ar/pakket.pdf' },
    ]),
    ...files,
  };
  for (const [file, content] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.writeFileSync(path.join(dist, file), content);
  }
  return dist;
}

const read = (dist: string, file: string) => fs.readFileSync(path.join(dist, file), 'utf8');

describe('the offline pack, after the build', () => {
  it('holds, per language, the pages at and below the page that offers it, their PDFs and every file they load, and nothing else', () => {
    const packs = findPacks(site());
    expect(packs.map((pack) => [pack.lang, pack.page])).toEqual([
      ['ar', '/ar/pakket/'],
      ['nl', '/nl/pakket/'],
    ]);
    expect(packs.find((pack) => pack.lang === 'nl')!.files).toEqual([
      '/_astro/chunk.js',
      '/_astro/een-2x.webp',
      '/_astro/een.svg',
      '/_astro/een.webp',
      '/_astro/offline.js',
      '/_astro/paper.svg',
      '/_astro/site.css',
      '/downloads/nl/brochure.pdf',
      '/favicon.svg',
      '/nl/pakket/',
      '/nl/pakket/brochure/een/',
    ]);
    expect(packs.find((pack) => pack.lang === 'ar')!.files).toContain('/downloads/ar/brochure.pdf');
    expect(packs.find((pack) => pack.lang === 'ar')!.files.filter((file) => file.includes('/nl/'))).toEqual([]);
  });

  it('reads what a page, a stylesheet and a script load, on this site only', () => {
    expect(
      loadedBy(
        '/nl/x/',
        '<img src="a.svg" srcset="/b.webp 1x, //cdn.example/c.webp 2x"><audio src="https://example.org/d.mp3"></audio><link rel="preload" href="/e.css">',
      ),
    ).toEqual(['/nl/x/a.svg', '/b.webp', '/e.css']);
    expect(loadedBy('/_astro/a.js', 'import{x}from"./b.js";import("./c.js");const u="/_astro/d.js"')).toEqual(['/_astro/b.js', '/_astro/c.js', '/_astro/d.js']);
  });

  it('writes the size into the page in the reader’s language, counting the page as written, and a service worker with every file and its revision', () => {
    const dist = site();
    const packs = writeOfflinePack(dist);
    for (const pack of packs) {
      const html = read(dist, `${pack.lang}/pakket/index.html`);
      const bytes = pack.files.reduce((sum, file) => sum + fs.statSync(path.join(dist, file.endsWith('/') ? `${file}index.html` : file)).size, 0);
      expect(pack.bytes).toBe(bytes);
      expect(html).toContain(`<data data-offline-size value="${bytes}">`);
    }
    expect(read(dist, 'nl/pakket/index.html')).toMatch(/value="\d+">\d+ kB<\/data>/);
    expect(read(dist, 'ar/pakket/index.html')).toMatch(/value="\d+">\d+ كيلوبايت<\/data>/);
    const worker = read(dist, 'sw.js');
    expect(worker).toContain('"/nl/pakket/brochure/een/"');
    expect(worker).not.toContain('/nl/film/');
    expect(worker).not.toContain('folder.pdf');
    // Hashed files need no revision; pages and PDFs have one.
    expect(worker).toContain('["/_astro/site.css",null]');
    expect(worker).toMatch(/\["\/downloads\/nl\/brochure\.pdf","[0-9a-f]{16}"\]/);
    expect(worker).not.toContain('process.env');
  });

  it('writes the same worker for the same build, and a new one when a file of the pack changes', () => {
    const dist = site();
    writeOfflinePack(dist);
    const first = read(dist, 'sw.js');
    writeOfflinePack(dist);
    expect(read(dist, 'sw.js')).toBe(first);
    fs.writeFileSync(path.join(dist, 'ar/pakket/brochure/een/index.html'), '<!doctype html><html lang="ar"><body>نص جديد</body></html>');
    writeOfflinePack(dist);
    expect(read(dist, 'sw.js')).not.toBe(first);
  });

  it('refuses a page of the pack that loads a file missing from the build, naming both', () => {
    const dist = site({ 'ar/pakket/brochure/een/index.html': '<html lang="ar"><body><img src="/_astro/weg.svg" alt=""></body></html>' });
    expect(() => writeOfflinePack(dist)).toThrow(/^Offline pack \(ar\): \/ar\/pakket\/brochure\/een\/ loads \/_astro\/weg\.svg, which is not in the build/);
  });

  it('refuses a page that offers the pack without the place for its size', () => {
    const dist = site({ 'nl/pakket/index.html': '<html lang="nl"><body><section data-offline-pack="nl"></section></body></html>' });
    expect(() => writeOfflinePack(dist)).toThrow(/nl\/pakket\/index\.html shows the tool but has no <data data-offline-size>/);
  });

  it('gives a site without the tool no service worker, and removes one left by an earlier build', () => {
    const dist = site({
      'nl/pakket/index.html': '<html lang="nl"><body></body></html>',
      'ar/pakket/index.html': '<html lang="ar"><body></body></html>',
      'sw.js': 'old',
    });
    expect(writeOfflinePack(dist)).toEqual([]);
    expect(fs.existsSync(path.join(dist, 'sw.js'))).toBe(false);
  });
});
