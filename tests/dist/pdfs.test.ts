// The pack's print-ready PDFs: one per part and language, in the right paper size, with a
// sane number of pages, and text in the language's own script (pdftotext from poppler).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeInfo, locales } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/translate';
import { PDF_PROOF_MARK, printSiteUrl } from '../../src/site-env.ts';
import { WHOLE_DOCUMENT } from '../../src/tools/names';
import { distDir } from '../support/dist';

/** Letters that only text in that Latin-script language has (beyond plain ASCII); null for a
 * language that has none to look for. */
const LETTERS: Record<string, RegExp | null> = {
  tr: /[ğışİ]/gu,
  pl: /[ąęłńśźż]/gu,
  ro: /[ăâîșț]/gu,
  fr: /[éèàçê]/gu,
  es: /[ñáíóú¿¡]/gu,
  nl: null,
  en: null,
};

/** What text in a language must contain: letters of its script (from Intl's likely script, so a
 * new language in Arabic, Cyrillic, Ge'ez… needs nothing here), or, for a Latin-script
 * language, its own letters, which must be listed above: a new language is never skipped. */
function lettersOf(lang: string): RegExp | null {
  const { script } = new Intl.Locale(lang).maximize();
  if (!script) throw new Error(`${lang}: Intl knows no script for this language`);
  if (script !== 'Latn') return new RegExp(`\\p{Script=${script}}`, 'gu');
  if (!(lang in LETTERS)) throw new Error(`${lang}: a Latin-script language without an entry in LETTERS (tests/dist/pdfs.test.ts); add the letters only it has, or null`);
  return LETTERS[lang]!;
}

const PAPER = { A4: '595.92 x 842.88', A5: '420 x 595.92' };

const tool = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });

// The PDFs the content declares, as the build lists them (src/pages/downloads/index.json.ts).
const declared = JSON.parse(fs.readFileSync(path.join(distDir, 'downloads/index.json'), 'utf8')) as { lang: string; file: string; format: 'A4' | 'A5'; source: string; href: string }[];
/** The whole brochure is the long one; the others are a few pages. */
const isWhole = (pdf: { source: string }) => pdf.source.endsWith(`/${WHOLE_DOCUMENT}/`);

const publisher = (JSON.parse(fs.readFileSync('content/publisher.json', 'utf8')) as { name: { value: string } }).name.value;
/** Text as pdftotext gives it, compared without its bidi controls and line breaks. */
const flat = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
/** The words of a string before its first placeholder ("Laatst nagekeken op {{date}}" → "Laatst nagekeken op"). */
const lead = (lang: string, key: string) =>
  flat(useTranslations(lang)(key, { date: '\u0000', language: '\u0000' }).split('\u0000')[0]!)
    .replace(/[\s:：،,.]+$/u, '')
    .trim();

/**
 * What a PDF an NGO hands out must say, missing from its text: the cover (language, publisher,
 * the date of the content), the contents of a document with chapters, its sources, where it is
 * published (the public address, or a proof mark in a build without one), and never localhost.
 */
function pdfProblems(text: string, pdf: { lang: string; source: string }, whole: boolean, siteUrl: string | undefined): string[] {
  const words = flat(text);
  const expected: [string, string][] = [
    ['the language on the cover', localeInfo(pdf.lang).name],
    ['the publisher', publisher],
    ['the date of the content', lead(pdf.lang, 'page.lastReviewed')],
    ['the sources', lead(pdf.lang, 'page.sources')],
    ['where it is published', siteUrl ? `${siteUrl}${pdf.source}` : PDF_PROOF_MARK],
    ...(whole ? [['the contents', lead(pdf.lang, 'printing.contents')] as [string, string]] : []),
  ];
  // The publisher's name may wrap inside right-to-left text, where pdftotext reorders the pieces: each of its words must be there.
  const found = (what: string, needle: string) => (what === 'the publisher' ? needle.split(' ').every((word) => words.includes(word)) : words.includes(needle));
  const problems = expected.filter(([what, needle]) => !found(what, needle)).map(([what, needle]) => `${what} ("${needle}") missing`);
  const local = /localhost|127\.0\.0\.1|\[::1\]/.exec(words);
  if (local) problems.push(`an address of the machine that built it: ${local[0]}`);
  return problems;
}

it('a PDF without cover, contents, date, sources or public address, or with localhost, is reported', () => {
  const pdf = { lang: 'ru', source: '/ru/pakket/brochure/alles/' };
  expect(pdfProblems('Распечатано с сайта http://localhost:4321/ru/pakket/brochure/alles/', pdf, true, 'https://example.be')).toEqual([
    'the language on the cover ("Русский") missing',
    `the publisher ("${publisher}") missing`,
    expect.stringMatching(/^the date of the content/),
    expect.stringMatching(/^the sources/),
    'where it is published ("https://example.be/ru/pakket/brochure/alles/") missing',
    expect.stringMatching(/^the contents/),
    'an address of the machine that built it: localhost',
  ]);
  expect(pdfProblems(`x ${PDF_PROOF_MARK} /ru/…`, pdf, false, undefined).some((problem) => problem.startsWith('where it is published'))).toBe(false);
});

it('every language has every declared PDF', () => {
  const files = [...new Set(declared.map((pdf) => pdf.file))];
  expect(files.length).toBeGreaterThan(0);
  for (const { code } of locales) expect(declared.filter((pdf) => pdf.lang === code).map((pdf) => pdf.file).sort()).toEqual(files.sort());
});

describe('the letters each language’s PDFs must contain', () => {
  it('come from the script for a language not in the list, and a Latin-script language must be listed', () => {
    expect(lettersOf('ti')?.source).toBe('\\p{Script=Ethi}');
    expect(lettersOf('fa')?.source).toBe('\\p{Script=Arab}');
    expect(() => lettersOf('pt')).toThrow('pt: a Latin-script language without an entry in LETTERS');
    expect(() => lettersOf('qaa')).toThrow('qaa: Intl knows no script for this language');
  });
});

describe.each(locales.map((locale) => locale.code))('PDFs in %s', (lang) => {
  it.each(declared.filter((pdf) => pdf.lang === lang))('$file: exists, has its paper size and pages, and text in the language', (pdf) => {
    const file = path.join(distDir, pdf.href);
    expect(fs.existsSync(file), `${file} missing`).toBe(true);
    const info = tool('pdfinfo', [file]);
    expect(info.error, 'pdfinfo is missing (Debian: poppler-utils)').toBeUndefined();
    const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(isWhole(pdf) ? 10 : 2);
    expect(pages).toBeLessThan(80);
    expect(info.stdout).toContain(`${PAPER[pdf.format]} pts (${pdf.format})`);
    const text = tool('pdftotext', ['-enc', 'UTF-8', file, '-']).stdout;
    const expected = lettersOf(lang);
    if (expected) expect((text.match(expected) ?? []).length, `${lang} letters in ${pdf.file}`).toBeGreaterThan(isWhole(pdf) ? 300 : 30);
    // Every PDF says where it comes from, and every page is numbered.
    expect(text).toContain(pdf.source);
    // What an NGO hands out: a cover, the contents, the date, the sources, the public address, no localhost.
    expect(pdfProblems(text, pdf, isWhole(pdf), printSiteUrl)).toEqual([]);
    expect(text.replace(/\s+/g, "")).toContain(`${pages}/${pages}`);
    // Fonts are embedded, so Arabic and Cyrillic print as they look on screen.
    const fonts = tool('pdffonts', [file]).stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((line) => / yes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line)), fonts.join('\n')).toBe(true);
  });
});
