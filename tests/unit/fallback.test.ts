import { describe, expect, it } from 'vitest';
import { chooseContentLanguage } from '../../src/i18n/fallback';

describe('chooseContentLanguage', () => {
  it('shows the reader’s own language when the page is translated', () => {
    expect(chooseContentLanguage('ar', new Set(['nl', 'en', 'ar']))).toBe('ar');
  });
  it('falls back to English before Dutch for readers of other languages', () => {
    expect(chooseContentLanguage('tr', new Set(['nl', 'en']))).toBe('en');
  });
  it('falls back to Dutch when there is no English version', () => {
    expect(chooseContentLanguage('ru', new Set(['nl', 'fr']))).toBe('nl');
  });
  it('lets an English reader fall back to Dutch', () => {
    expect(chooseContentLanguage('en', new Set(['nl', 'ar']))).toBe('nl');
  });
  it('finds nothing when the page has no Dutch or English text', () => {
    expect(chooseContentLanguage('tr', new Set(['ar']))).toBeUndefined();
  });
});
