// The election leaflets as printed (scripts/make-pdfs.mjs): one sheet of A4, both sides
// (two pages), the dates of the election data, and a QR code that a phone reads as the
// leaflet's own page in the same language, at the site's address (SITE_URL).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { siteUrl } from '../../src/site-env.ts';
import { distDir } from '../support/dist';
import { decodePdfQr, decodeQr } from '../support/qr';

const declared = JSON.parse(fs.readFileSync(path.join(distDir, 'downloads/index.json'), 'utf8')) as { lang: string; file: string; source: string; href: string }[];
const leaflets = declared.filter((pdf) => pdf.file.startsWith('kiesrecht-'));
const elections = JSON.parse(fs.readFileSync('content/kiesrecht/verkiezingen.json', 'utf8')) as { day: string; registrationDeadline: string }[];
const year = elections.map((entry) => entry.day.slice(0, 4)).sort().at(-1)!;

it('every language has both leaflets', () => {
  for (const { code } of locales) expect(leaflets.filter((pdf) => pdf.lang === code).map((pdf) => pdf.file).sort()).toEqual(['kiesrecht-eu.pdf', 'kiesrecht-niet-eu.pdf']);
});

describe.each(leaflets.map((pdf) => [`${pdf.lang}/${pdf.file}`, pdf] as const))('%s', (_, pdf) => {
  it('is one sheet printed on both sides, says the election year, and its QR code leads to its own page', async () => {
    const file = path.join(distDir, pdf.href);
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout)?.[1]);
    expect(pages).toBe(2);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout;
    // Digits may be Latin or Arabic-Indic, as each language writes them.
    const digits = text.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
    expect(digits).toContain(year);
    expect(await decodePdfQr(file)).toBe(new URL(pdf.source, siteUrl).href);
  });
});

it('a QR decoder finds nothing where there is no code, so the test above can fail', async () => {
  const blank = await (await import('sharp')).default({ create: { width: 200, height: 200, channels: 3, background: '#ffffff' } }).png().toBuffer();
  expect(await decodeQr(blank)).toBeUndefined();
});
