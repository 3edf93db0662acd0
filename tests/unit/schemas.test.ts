// The content schemas (src/model/schemas.ts), in-process: each bad input gets a message that
// says what was expected. tests/build proves, with a few real builds, that Astro shows these
// messages with the file's name.
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { checklistItemSchema, countrySchema, documentRuleSchema, pageSchema, phraseSchema } from '../../src/model/schemas';

const page = { title: 'Start', description: 'Start.', lastReviewed: new Date('2026-12-01'), translation: 'source' };

function problems(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('page front matter', () => {
  it('accepts a valid page', () => {
    expect(problems(pageSchema, page)).toEqual([]);
  });
  it('names a missing date and the expected form', () => {
    expect(problems(pageSchema, { ...page, lastReviewed: undefined })).toEqual(['lastReviewed: expected a date written as YYYY-MM-DD, e.g. 2026-11-29']);
  });
  it('names a mistyped field and lists the known ones', () => {
    expect(problems(pageSchema, { ...page, lastReviewd: '2026-11-29' })[0]).toMatch(
      /^: unknown field "lastReviewd"; expected only these fields: title, navTitle, description, lastReviewed/,
    );
  });
  it('names a wrong translation status', () => {
    expect(problems(pageSchema, { ...page, translation: 'finished' })).toEqual(['translation: expected one of: source, draft, checked']);
  });
  it('names an unknown tool and lists the tools there are', () => {
    expect(problems(pageSchema, { ...page, tools: ['map'] })).toEqual([
      'tools.0: expected one of: packPath, phraseGuide, documentChecklist, helpDirectory, chapters, search, publisher, testimonials, video, downloads, offlinePack, linkKit, printList, leaflet, votingCheck, integrationCheck',
    ]);
  });
  it('names a PDF file name that would become another URL', () => {
    expect(problems(pageSchema, { ...page, pdfs: [{ file: 'Folder EU.pdf', format: 'A4' }] })).toEqual([
      'pdfs.0.file: expected a file name in lower case ending in .pdf, e.g. folder-eu.pdf',
    ]);
  });
  it('names a source whose language tag names no language', () => {
    const source = (tag: string) => ({ ...page, sources: [`Garantie locative ${tag}(be.brussels), https://be.brussels/x (geraadpleegd 2026-12-02)`] });
    expect(problems(pageSchema, source(''))).toEqual([]);
    expect(problems(pageSchema, source('[fr] '))).toEqual([]);
    expect(problems(pageSchema, source('[xx] '))).toEqual([
      'sources.0: expected a language tag after a title in another language than Dutch, such as "Garantie locative [fr] (be.brussels), https://…"; this one names no language',
    ]);
  });
  it('names a title that is empty', () => {
    expect(problems(pageSchema, { ...page, title: ' ' })).toEqual(['title: expected the page title, got an empty text']);
  });
});

describe('pack data', () => {
  it('names a phrase without its Dutch text', () => {
    expect(problems(phraseSchema, { id: 'hallo', theme: 'begroeten' })).toEqual(['nl: expected the Dutch phrase as text']);
  });
  it('names a checklist item in an unknown group', () => {
    expect(problems(checklistItemSchema, { id: 'x', group: 'papieren', kinds: ['stempel'] })).toEqual([
      'group: expected one of: identiteit, huwelijk, kinderen, opleiding, werk, gezondheid, rijbewijs',
      'kinds.0: expected one of: akte, openbaar, prive, diploma',
    ]);
  });
  it('names a checklist item whose id could not be part of an HTML id', () => {
    expect(problems(checklistItemSchema, { id: 'Geboorte akte', group: 'identiteit' })).toEqual([
      'id: expected lower-case letters, digits and hyphens, e.g. geboorteakte',
    ]);
  });
  it('names a document rule without a dated web source', () => {
    const rule = { id: 'x', countries: ['marokko'], kinds: ['akte'], stamp: 'apostille' };
    expect(problems(documentRuleSchema, { ...rule, sources: [] })).toEqual(['sources: expected at least one dated web source']);
    expect(problems(documentRuleSchema, { ...rule, sources: [{ title: 'Bron', url: 'apostille.ma', consulted: '2 december 2026' }] })).toEqual([
      'sources.0.url: expected the web address of the page, starting with https://',
      'sources.0.consulted: expected a date written as YYYY-MM-DD, e.g. 2026-11-29',
    ]);
  });
  it('names a consulate short link with a bad country code', () => {
    expect(problems(countrySchema, { id: 'marokko', region: 'ma', languages: ['ar'], page: 'pakket' })).toEqual([
      'region: expected an ISO 3166 country code in capitals, e.g. MA',
    ]);
  });
});
