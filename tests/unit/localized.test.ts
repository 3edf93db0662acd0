// The one rule for translated data (src/i18n/localized.ts), on mocked languages.
import { describe, expect, it } from 'vitest';
import { noticeLanguages } from '../../src/i18n/localized';
import { localizer } from '../support/mock-content';

const byLang = new Map<string, Record<string, string | undefined>>([
  ['nl', { hello: 'Hallo', bye: 'Dag', only: 'Alleen Nederlands' }],
  ['en', { hello: 'Hello', bye: 'Bye' }],
  ['ar', { hello: 'مرحبا' }],
]);
const set = (readerLang: string) => localizer.localizeSet({ dataset: 'greetings.json', readerLang, keys: ['hello', 'bye', 'only'], byLang });

describe('localizeSet', () => {
  it('takes the reader’s own value, with no lang or dir to add', () => {
    expect(set('ar').get('hello')).toEqual({ value: 'مرحبا', lang: 'ar', isFallback: false, attrs: {} });
  });
  it('falls back per key to English, marking lang and the left-to-right direction inside Arabic', () => {
    expect(set('ar').get('bye')).toEqual({ value: 'Bye', lang: 'en', isFallback: true, attrs: { lang: 'en', dir: 'ltr' } });
  });
  it('falls back to Dutch where English has nothing either', () => {
    expect(set('ar').get('only')).toEqual({ value: 'Alleen Nederlands', lang: 'nl', isFallback: true, attrs: { lang: 'nl', dir: 'ltr' } });
  });
  it('marks lang but not dir between two left-to-right languages', () => {
    expect(set('tr').get('hello').attrs).toEqual({ lang: 'en' });
  });
  it('lets an English reader fall back to Dutch directly', () => {
    expect(set('en').get('only').lang).toBe('nl');
  });
  it('tells the page what its notice must name, in fallback order', () => {
    expect(set('ar').fallbackLanguages).toEqual(['en', 'nl']);
    expect(set('ar').fallbackKeys).toEqual(['bye', 'only']);
    expect(set('nl').fallbackLanguages).toEqual([]);
  });
  it('refuses a key that has no value in any language, naming the data set', () => {
    expect(() => localizer.localizeSet({ dataset: 'greetings.json', readerLang: 'ar', keys: ['nothing'], byLang })).toThrow(
      /greetings\.json: "nothing" has no text in any language/,
    );
  });
  it('refuses an unknown reader language', () => {
    expect(() => set('xx')).toThrow(/Unknown language "xx"/);
  });
});

describe('checkLanguages', () => {
  it('refuses files for a language the site does not have, naming each file', () => {
    expect(() =>
      localizer.checkLanguages([
        { lang: 'nl', file: 'a/nl.json' },
        { lang: 'xx', file: 'a/xx.json' },
      ]),
    ).toThrow(/a\/xx\.json: "xx" is not a language of the site; expected one of nl, ar, en, tr/);
  });
});

describe('missing', () => {
  it('lists per language the keys it lacks', () => {
    expect(localizer.missing({ keys: ['hello', 'bye'], byLang })).toEqual({ nl: [], ar: ['bye'], en: [], tr: ['hello', 'bye'] });
  });
});

describe('noticeLanguages', () => {
  it('merges the parts of a page without the reader’s language, in fallback order', () => {
    expect(noticeLanguages('tr', ['nl'], ['tr', 'en'], ['nl'])).toEqual(['en', 'nl']);
  });
});
