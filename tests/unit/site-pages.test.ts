// The page model (src/model/site-pages.ts) on mocked content, in milliseconds.
import { describe, expect, it } from 'vitest';
import { buildSitePages, childPages } from '../../src/model/site-pages';
import { entry, localizer } from '../support/mock-content';

const build = (...inputs: ReturnType<typeof entry>[]) => buildSitePages(inputs, localizer);
const find = (pages: ReturnType<typeof build>, lang: string, slug: string) => pages.find((page) => page.lang === lang && page.slug === slug)!;

describe('pages in every language', () => {
  const pages = build(entry('nl/index'), entry('nl/film'), entry('en/film'), entry('ar/film'));

  it('exist for every language, translated or not', () => {
    expect(pages.filter((page) => page.slug === 'film').map((page) => page.lang)).toEqual(['nl', 'ar', 'en', 'tr']);
  });
  it('show the translation where there is one', () => {
    expect(find(pages, 'ar', 'film')).toMatchObject({ contentLang: 'ar', isFallback: false, fallbackLanguages: [] });
  });
  it('fall back to English before Dutch, and say so', () => {
    expect(find(pages, 'tr', 'film')).toMatchObject({ contentLang: 'en', isFallback: true, fallbackLanguages: ['en'], entry: 'en/film' });
    expect(find(pages, 'tr', '')).toMatchObject({ contentLang: 'nl', isFallback: true, fallbackLanguages: ['nl'] });
  });
  it('list the languages they are really translated into', () => {
    expect(find(pages, 'tr', 'film').translated).toEqual(['nl', 'ar', 'en']);
  });
});

describe('language-independent fields come from the Dutch source', () => {
  const source = entry('nl/pakket/rugzak', {
    order: 3,
    tools: ['documentChecklist', 'downloads'],
    pdfs: [{ file: 'rugzak.pdf', format: 'A4' }],
    illustration: { name: 'hulp', alt: 'Twee mensen' },
  });

  it('for every language', () => {
    const pages = build(entry('nl/index'), source, entry('ar/pakket/rugzak', { illustration: { alt: 'شخصان' } }));
    const arabic = find(pages, 'ar', 'pakket/rugzak');
    expect(arabic.source.tools).toEqual(['documentChecklist', 'downloads']);
    expect(arabic.source.order).toBe(3);
    expect(arabic.illustration).toEqual({ name: 'hulp', alt: { value: 'شخصان', lang: 'ar', isFallback: false, attrs: {} } });
  });
  it('a translation that sets order differently fails, naming both files', () => {
    expect(() => build(entry('nl/index'), source, entry('ar/pakket/rugzak', { order: 4 }))).toThrow(
      'content/ar/pakket/rugzak.mdx: field "order" is set only in the Dutch source (content/nl/pakket/rugzak.mdx); remove it here',
    );
  });
  it('a translation that sets tools or pdfs fails', () => {
    expect(() => build(entry('nl/index'), source, entry('tr/pakket/rugzak', { tools: ['phraseGuide'] }))).toThrow(
      /tr\/pakket\/rugzak\.mdx: field "tools" is set only in the Dutch source/,
    );
    expect(() => build(entry('nl/index'), source, entry('tr/pakket/rugzak', { pdfs: [{ file: 'x.pdf', format: 'A5' }] }))).toThrow(
      /field "pdfs" is set only in the Dutch source/,
    );
  });
  it('a translation that names the illustration file fails', () => {
    expect(() => build(entry('nl/index'), source, entry('ar/pakket/rugzak', { illustration: { name: 'hulp', alt: 'x' } }))).toThrow(
      /field "illustration.name" is set only in the Dutch source/,
    );
  });
  it('children are ordered by the source’s order in every language', () => {
    const pages = build(entry('nl/index'), entry('nl/b', { order: 2 }), entry('nl/a', { order: 1 }), entry('nl/c', { order: 0 }));
    expect(childPages(pages, 'ar', '').map((page) => page.slug)).toEqual(['c', 'a', 'b']);
  });
  it('a whole-document PDF without chapters fails', () => {
    expect(() => build(entry('nl/index'), entry('nl/x', { pdfs: [{ file: 'x.pdf', format: 'A4', of: 'whole' }] }))).toThrow(
      /content\/nl\/x\.mdx: field "pdfs" prints "x\.pdf" of the whole document, but the page has no chapters/,
    );
  });
});

describe('key words fall back per word', () => {
  const source = entry('nl/hulp', {
    keyWords: [
      { nl: 'de tolk', meaning: 'iemand die vertaalt' },
      { nl: 'het duo', meaning: 'twee mensen' },
    ],
  });
  const pages = build(
    entry('nl/index'),
    source,
    entry('en/hulp', { keyWords: { 'de tolk': 'an interpreter', 'het duo': 'two people' } }),
    entry('ar/hulp', { keyWords: { 'de tolk': 'مترجم' } }),
  );

  it('a word missing in Arabic shows its English meaning, marked, and the notice names English', () => {
    const arabic = find(pages, 'ar', 'hulp');
    expect(arabic.keyWords.map((word) => [word.nl, word.meaning.value, word.meaning.attrs])).toEqual([
      ['de tolk', 'مترجم', {}],
      ['het duo', 'two people', { lang: 'en', dir: 'ltr' }],
    ]);
    expect(arabic.isFallback).toBe(false);
    expect(arabic.fallbackLanguages).toEqual(['en']);
  });
  it('a translation with a word the source does not have fails, listing the source’s words', () => {
    expect(() => build(entry('nl/index'), source, entry('tr/hulp', { keyWords: { 'de tolken': 'x' } }))).toThrow(
      /tr\/hulp\.mdx: field "keyWords" has "de tolken", which is not a key word of content\/nl\/hulp\.mdx; expected one of: de tolk, het duo/,
    );
  });
  it('a translation that repeats the Dutch as a list fails', () => {
    expect(() => build(entry('nl/index'), source, entry('tr/hulp', { keyWords: [{ nl: 'de tolk', meaning: 'x' }] }))).toThrow(
      /tr\/hulp\.mdx: field "keyWords" is a list/,
    );
  });
});

describe('bad content', () => {
  it('a folder that is not a language fails, naming the file', () => {
    expect(() => build(entry('nl/index'), entry('xx/index'))).toThrow(/content\/xx\/index\.mdx: "xx" is not a language of the site/);
  });
  it('a translation without a Dutch original fails', () => {
    expect(() => build(entry('nl/index'), entry('en/only-english'))).toThrow(
      /content\/en\/only-english\.mdx: no Dutch original at content\/nl\/only-english\.mdx/,
    );
  });
  it('a Dutch page that is not the source, or a translation that claims to be, fails', () => {
    expect(() => build(entry('nl/index', { translation: 'draft' }))).toThrow(/nl\/index\.mdx: field "translation" is "draft"; expected "source"/);
    expect(() => build(entry('nl/index'), entry('ar/index', { translation: 'source' }))).toThrow(
      /ar\/index\.mdx: field "translation" is "source"; expected "draft" or "checked"/,
    );
  });
});

describe('a translation older than its source is not shown', () => {
  const source = entry('nl/inburgering', { revised: new Date('2026-12-02') });

  it('falls back to a current English text, and says the translation is outdated', () => {
    const pages = build(
      entry('nl/index'),
      source,
      entry('en/inburgering', { revised: new Date('2026-12-02') }),
      entry('ar/inburgering', { revised: new Date('2026-11-29') }),
    );
    expect(find(pages, 'ar', 'inburgering')).toMatchObject({ contentLang: 'en', isFallback: true, isOutdated: true });
    expect(find(pages, 'ar', 'inburgering').translated).toEqual(['nl', 'en']);
    expect(find(pages, 'en', 'inburgering')).toMatchObject({ contentLang: 'en', isOutdated: false });
  });
  it('treats a translation without `revised` as older, once the source has one', () => {
    const pages = build(entry('nl/index'), source, entry('tr/inburgering'));
    expect(find(pages, 'tr', 'inburgering')).toMatchObject({ contentLang: 'nl', isOutdated: true });
  });
  it('shows every translation while the source has no `revised`', () => {
    const pages = build(entry('nl/index'), entry('nl/film'), entry('tr/film'));
    expect(find(pages, 'tr', 'film')).toMatchObject({ contentLang: 'tr', isOutdated: false });
  });
});
