import { describe, expect, it } from 'vitest';
import { absoluteUrl, localizedPath, splitEntryId } from '../../src/i18n/paths';

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

describe('splitEntryId', () => {
  it('maps content ids to language and slug', () => {
    expect(splitEntryId('ar/pakket/index')).toEqual({ lang: 'ar', slug: 'pakket' });
    expect(splitEntryId('nl/index')).toEqual({ lang: 'nl', slug: '' });
    expect(splitEntryId('nl')).toEqual({ lang: 'nl', slug: '' });
    expect(splitEntryId('ru/pakket/brochure/werk')).toEqual({ lang: 'ru', slug: 'pakket/brochure/werk' });
  });
  it('gives every language the same Dutch slug in its URL', () => {
    for (const lang of codes) {
      const { slug } = splitEntryId(`${lang}/pakket/rugzak`);
      expect(localizedPath(lang, slug)).toBe(`/${lang}/pakket/rugzak/`);
    }
  });
});

describe('absoluteUrl', () => {
  it('resolves against the configured site URL', () => {
    expect(absoluteUrl('/ar/', 'https://example.org')).toBe('https://example.org/ar/');
  });
});
