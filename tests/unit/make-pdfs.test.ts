// The PDF stage prints only what changed: each PDF is kept outside the output folder beside the
// hash of what it was printed from, copied back when the hash is the same, printed again when
// the page changed. And its footer never shows localhost: the public address, or a proof mark.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { footerTemplate, makePdfs, pdfHash } from '../../scripts/make-pdfs.mjs';
import { PDF_PROOF_MARK } from '../../src/site-env.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-cache-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const job = {
  lang: 'nl',
  dir: 'ltr',
  file: 'blad.pdf',
  format: 'A5',
  source: '/nl/blad/',
  href: '/downloads/nl/blad.pdf',
  printedFrom: { text: 'Afgedrukt van', lang: 'nl' },
  meta: { text: 'PDF', lang: 'nl' },
};

/** A built site of one page (as `astro build` leaves it: the PDF not there yet). */
function build(text: string) {
  const outDir = path.join(root, 'dist');
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, 'nl/blad'), { recursive: true });
  fs.mkdirSync(path.join(outDir, 'downloads'), { recursive: true });
  fs.writeFileSync(path.join(outDir, 'nl/blad/index.html'), `<!doctype html><html lang="nl"><title>Blad</title><main><p>${text}</p></main></html>`);
  fs.writeFileSync(path.join(outDir, 'downloads/index.json'), JSON.stringify([job]));
  fs.writeFileSync(path.join(outDir, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
  return outDir;
}

describe('the PDF footer', () => {
  it('shows the public address, or, without one, the proof mark and the path: never localhost', () => {
    expect(footerTemplate(job, 'https://example.be')).toContain('https://example.be/nl/blad/');
    const proof = footerTemplate(job, undefined);
    expect(proof).toContain(PDF_PROOF_MARK);
    expect(proof).toContain('/nl/blad/');
    expect(proof).not.toMatch(/localhost|127\.0\.0\.1/);
  });
});

describe('printing only what changed', () => {
  it('the hash follows the page and the footer', () => {
    expect(pdfHash('<p>a</p>', { footer: 1 })).toBe(pdfHash('<p>a</p>', { footer: 1 }));
    expect(pdfHash('<p>a</p>', { footer: 1 })).not.toBe(pdfHash('<p>b</p>', { footer: 1 }));
    expect(pdfHash('<p>a</p>', { footer: 1 })).not.toBe(pdfHash('<p>a</p>', { footer: 2 }));
  });

  it('prints a new page, copies an unchanged one back after a fresh build, and prints it again once it changed', { timeout: 120_000 }, async () => {
    const cacheDir = path.join(root, 'cache');
    const options = { cacheDir, tabs: 1 };
    const target = (outDir: string) => path.join(outDir, job.href);
    let outDir = build('Eerste versie');
    expect(await makePdfs({ outDir, ...options })).toEqual({ printed: 1, reused: 0 });
    const first = fs.readFileSync(target(outDir));
    expect(first.subarray(0, 5).toString()).toBe('%PDF-');
    expect(fs.existsSync(path.join(cacheDir, `${job.href}.sha256`))).toBe(true);
    // `astro build` empties the output folder: the PDF comes back from the cache, unprinted.
    outDir = build('Eerste versie');
    expect(fs.existsSync(target(outDir))).toBe(false);
    expect(await makePdfs({ outDir, ...options })).toEqual({ printed: 0, reused: 1 });
    expect(fs.readFileSync(target(outDir)).equals(first)).toBe(true);
    outDir = build('Tweede versie');
    expect(await makePdfs({ outDir, ...options })).toEqual({ printed: 1, reused: 0 });
  });
});
