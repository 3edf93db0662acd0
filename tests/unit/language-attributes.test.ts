import { describe, expect, it } from 'vitest';
import { languageAttributes } from '../../src/i18n/language-attributes';

describe('languageAttributes', () => {
  it('adds nothing for text in the page’s language', () => {
    expect(languageAttributes('ar', 'ar')).toEqual({});
  });
  it('marks the language of text in another left-to-right language', () => {
    expect(languageAttributes('tr', 'en')).toEqual({ lang: 'en' });
  });
  it('adds the direction where it differs from the page’s', () => {
    expect(languageAttributes('ar', 'nl')).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(languageAttributes('nl', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
  });
});
