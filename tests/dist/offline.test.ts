// The offline pack in the built site: each language's pack page offers it and says how much it
// stores (the files' real sizes, in the reader's language), and the service worker lists,
// for that language, every page of the pack, every file they load and every PDF printed from
// them; no other page offers it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSize } from '../../scripts/pdf-meta.mjs';
import { locales } from '../../src/i18n/locales';
import { findPacks } from '../../src/offline/offline-pack';
import { distDir, pagePaths, resolvePath } from '../support/dist';

interface Declared {
  lang: string;
  source: string;
  href: string;
}
const declared: Declared[] = JSON.parse(fs.readFileSync(path.join(distDir, 'downloads/index.json'), 'utf8'));
const packs = findPacks(distDir);
const worker = fs.readFileSync(path.join(distDir, 'sw.js'), 'utf8');

describe('the offline pack', () => {
  it('is offered once per language, on the page whose Dutch source declares it, and nowhere else', () => {
    expect(packs.map((pack) => pack.lang).sort()).toEqual(locales.map(({ code }) => code).sort());
    const offering = pagePaths().filter((page) => fs.readFileSync(resolvePath(page)!, 'utf8').includes('data-offline-pack='));
    expect(offering.sort()).toEqual(packs.map((pack) => pack.page).sort());
  });

  it.each(packs)('$page: says how much it stores, and the service worker lists every page, file and PDF of it', (pack) => {
    const html = fs.readFileSync(resolvePath(pack.page)!, 'utf8');
    expect(html).toContain(`<data data-offline-size value="${pack.bytes}">${formatSize(pack.lang, pack.bytes)}</data>`);
    const pages = pagePaths().filter((page) => page.startsWith(pack.page) && page.endsWith('/'));
    const pdfs = declared.filter((pdf) => pdf.lang === pack.lang && pdf.source.startsWith(pack.page)).map((pdf) => pdf.href);
    expect(pdfs.length, 'the pack has PDFs').toBeGreaterThan(0);
    for (const pdf of pdfs) expect(fs.existsSync(path.join(distDir, pdf)), `${pdf}: npm run build prints it`).toBe(true);
    expect(pack.files).toEqual(expect.arrayContaining([...pages, ...pdfs]));
    for (const file of pack.files) expect(worker, file).toContain(`"${file}"`);
    // Another language's pages and PDFs are not in it.
    expect(pack.files.filter((file) => /^\/(downloads\/)?[a-z]{2}\//.test(file) && !file.startsWith(`/${pack.lang}/`) && !file.startsWith(`/downloads/${pack.lang}/`))).toEqual([]);
  });
});
