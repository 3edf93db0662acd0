// The cover's model: the latest date of the parts, the weakest status, the address to type
// (never a path with a host that is not public), the chapters with their ids.
import { describe, expect, it } from 'vitest';
import { buildPrintCover } from '../../src/model/print-cover';
import { examplePage } from '../support/example-content';

const id = (page: { slug: string }) => page.slug.split('/').at(-1)!;

describe('buildPrintCover', () => {
  it('a Dutch page alone: the original, its own date, no chapters, the public address', () => {
    const page = examplePage('nl', 'gids/woorden');
    const cover = buildPrintCover([page], '/nl/gids/woorden/', 'https://example.be', id);
    expect(cover).toMatchObject({ status: 'source', fallbackLanguages: [], address: 'https://example.be/nl/gids/woorden/', chapters: [] });
    expect(cover.lastReviewed).toEqual(page.data.lastReviewed);
  });

  it('a whole document: the weakest status of its parts, the languages they fall back to, each chapter with its id', () => {
    const parts = ['gids/boekje', 'gids/boekje/aankomst', 'gids/boekje/werk'].map((slug) => examplePage('ar', slug));
    const cover = buildPrintCover(parts, '/ar/gids/boekje/alles/', undefined, id);
    expect(cover.status).toBe('fallback');
    expect(cover.fallbackLanguages).toEqual(['en', 'nl']);
    expect(cover.chapters.map((chapter) => chapter.id)).toEqual(['aankomst', 'werk']);
    expect(cover.lastReviewed.getTime()).toBe(Math.max(...parts.map((part) => part.data.lastReviewed.getTime())));
    // Without a public address, the path alone.
    expect(cover.address).toBe('/ar/gids/boekje/alles/');
  });

  it('a translated page is a draft until checked', () => {
    const page = examplePage('ar', 'gids/woorden');
    expect(buildPrintCover([page], '/ar/gids/woorden/', undefined, id).status).toBe(page.data.translation === 'checked' ? 'checked' : 'draft');
  });

  it('refuses a document without pages', () => {
    expect(() => buildPrintCover([], '/', undefined, id)).toThrow('at least one page');
  });
});
