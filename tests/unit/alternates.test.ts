import { describe, expect, it } from 'vitest';
import { alternates, canonicalUrl } from '../../src/i18n/alternates';

const site = 'https://example.org';

describe('alternates', () => {
  it('lists every real translation plus x-default pointing to Dutch', () => {
    expect(alternates('pakket', ['nl', 'ar'], site)).toEqual([
      { hreflang: 'nl', href: 'https://example.org/nl/pakket/' },
      { hreflang: 'ar', href: 'https://example.org/ar/pakket/' },
      { hreflang: 'x-default', href: 'https://example.org/nl/pakket/' },
    ]);
  });
  it('points the home page’s x-default at the language chooser', () => {
    expect(alternates('', ['nl', 'en'], site).at(-1)).toEqual({ hreflang: 'x-default', href: 'https://example.org/' });
  });
  it('lists nothing for a page without translations', () => {
    expect(alternates('pakket', [], site)).toEqual([]);
  });
});

describe('canonicalUrl', () => {
  it('is the page itself for a real translation', () => {
    expect(canonicalUrl('ar', 'ar', 'pakket', site)).toBe('https://example.org/ar/pakket/');
  });
  it('is the page whose text a fallback page shows', () => {
    expect(canonicalUrl('bg', 'en', 'pakket', site)).toBe('https://example.org/en/pakket/');
  });
});
