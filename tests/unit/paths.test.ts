import { describe, expect, it } from 'vitest';
import { absoluteUrl, localizedPath, parsePath, splitEntryId, switchLanguage } from '../../src/i18n/paths';

const codes = ['nl', 'en', 'ar', 'tr'];

describe('localizedPath', () => {
  it('puts the language before the Dutch slug, with a trailing slash', () => {
    expect(localizedPath('ar', 'pakket/rugzak')).toBe('/ar/pakket/rugzak/');
  });
  it('gives the language home for an empty slug', () => {
    expect(localizedPath('tr', '')).toBe('/tr/');
  });
  it('ignores stray slashes', () => {
    expect(localizedPath('nl', '/pakket/')).toBe('/nl/pakket/');
  });
});

describe('parsePath', () => {
  it('reads the language and slug', () => {
    expect(parsePath('/ar/pakket/brochure/', codes)).toEqual({ lang: 'ar', slug: 'pakket/brochure' });
  });
  it('reads a language home', () => {
    expect(parsePath('/tr/', codes)).toEqual({ lang: 'tr', slug: '' });
  });
  it('returns undefined for a path without a known language', () => {
    expect(parsePath('/xx/pakket/', codes)).toBeUndefined();
    expect(parsePath('/', codes)).toBeUndefined();
  });
  it('is the inverse of localizedPath', () => {
    for (const lang of codes) {
      for (const slug of ['', 'pakket', 'pakket/brochure/werk']) {
        expect(parsePath(localizedPath(lang, slug), codes)).toEqual({ lang, slug });
      }
    }
  });
});

describe('switchLanguage', () => {
  it('keeps the page when the language changes', () => {
    expect(switchLanguage('/nl/pakket/rugzak/', 'ar', codes)).toBe('/ar/pakket/rugzak/');
  });
  it('leads to the language home from a path outside the languages', () => {
    expect(switchLanguage('/', 'tr', codes)).toBe('/tr/');
  });
});

describe('splitEntryId', () => {
  it('maps content ids to language and slug', () => {
    expect(splitEntryId('ar/pakket/index')).toEqual({ lang: 'ar', slug: 'pakket' });
    expect(splitEntryId('nl/index')).toEqual({ lang: 'nl', slug: '' });
    expect(splitEntryId('ru/pakket/brochure/werk')).toEqual({ lang: 'ru', slug: 'pakket/brochure/werk' });
  });
});

describe('absoluteUrl', () => {
  it('resolves against the configured site URL', () => {
    expect(absoluteUrl('/ar/', 'https://example.org')).toBe('https://example.org/ar/');
  });
});
