// The benchmark's corpus (bench/corpus.mjs): the same structure in every language and for
// both sites, real sentences of the right language, the same files on every run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGS, corpusModel, readLanguage, searchWord, writeSiteCorpus, writeStarlightCorpus } from '../../bench/corpus.mjs';

type Page = { slug: string; title: string; description: string; sections: { heading: string; paragraphs: string[] }[] };
const texts = Object.fromEntries(LANGS.map((lang) => [lang, readLanguage('content', lang)]));
const model = corpusModel(texts, 4) as { nl: Page[] } & Record<string, Page[]>;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const shape = (pages: Page[]) => pages.map((page) => [page.slug, page.sections.map((section) => section.paragraphs.length)]);
const readAll = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.mdx'))
      .sort()
      .map((file) => [file, fs.readFileSync(path.join(dir, file), 'utf8')]),
  );
const bodyOf = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('benchmark corpus', () => {
  it('gives every language the same pages, sections and paragraphs', () => {
    expect(model.nl).toHaveLength(5);
    for (const lang of LANGS) expect(shape(model[lang]!)).toEqual(shape(model.nl));
    expect(new Set(model.nl.map((page: Page) => page.sections.length)).size).toBeGreaterThan(1);
  });

  it('uses real sentences and headings of each language’s own content', () => {
    for (const lang of LANGS)
      for (const page of model[lang]!) {
        expect(texts[lang]!.headings).toContain(page.title);
        for (const section of page.sections) expect(texts[lang]!.headings).toContain(section.heading);
        expect(texts[lang]!.sentences).toContain(page.description);
      }
    const words = (lang: string) => model[lang]!.flatMap((page) => page.sections.flatMap((section) => section.paragraphs)).join(' ');
    expect(words('ar')).toMatch(/\p{Script=Arabic}{4}/u);
    expect(words('ru')).toMatch(/\p{Script=Cyrillic}{4}/u);
    expect(words('bg')).toMatch(/\p{Script=Cyrillic}{4}/u);
    expect(words('nl')).not.toMatch(/\p{Script=Cyrillic}|\p{Script=Arabic}/u);
    expect(words('nl')).not.toBe(words('en'));
    expect(searchWord(model, 'ar')).toMatch(/^\p{Script=Arabic}+$/u);
  });

  it('writes the same bodies for both sites, and the same files on every run', () => {
    writeSiteCorpus(model, path.join(tmp, 'site'), 'content');
    writeStarlightCorpus(model, path.join(tmp, 'starlight'));
    const site = readAll(path.join(tmp, 'site'));
    const starlight = readAll(path.join(tmp, 'starlight'));
    expect(Object.keys(starlight)).toHaveLength(50);
    for (const [file, mdx] of Object.entries(starlight)) expect(bodyOf(site[file]!)).toBe(bodyOf(mdx));
    // This site's only extra page is its search page.
    expect(Object.keys(site).filter((file) => !(file in starlight))).toEqual(LANGS.map((lang) => path.join(lang, 'zoeken.mdx')).sort());
    expect(site[path.join('ar', 'tekst-0001.mdx')]).toMatch(/\ntranslation: "draft"\n/);

    writeSiteCorpus(corpusModel(texts, 4), path.join(tmp, 'again'), 'content');
    expect(readAll(path.join(tmp, 'again'))).toEqual(site);
  });

  it('refuses a language with too little text', () => {
    fs.mkdirSync(path.join(tmp, 'thin/nl'), { recursive: true });
    fs.writeFileSync(path.join(tmp, 'thin/nl/index.mdx'), '---\ntitle: x\n---\n\n## Kop\n\nEen korte zin met woorden.\n');
    expect(() => readLanguage(path.join(tmp, 'thin'), 'nl')).toThrow(/thin\/nl: too little text for the benchmark corpus \(1 sentences, 1 headings\)/);
  });
});
