// Interface strings through plain i18next at build time: no client JavaScript.
// A string missing in the reader's language falls back like page text (fallback.ts:
// English, then Dutch); `t.attrs(key)` gives the lang/dir its element then needs, and the
// content report lists the missing key. A key missing in Dutch, the source, fails the build.
import i18next from 'i18next';
import { DEFAULT_LOCALE } from './config';
import { dateLocale } from './date-locale';
import { fallbackChain } from './fallback';
import { localizer, messages } from './locales';
import type { TextAttributes } from './localized';
import { lookup } from './messages';

const instance = i18next.createInstance();
instance.init({
  resources: Object.fromEntries(Object.entries(messages).map(([code, strings]) => [code, { common: strings }])),
  lng: DEFAULT_LOCALE,
  fallbackLng: false,
  defaultNS: 'common',
  initAsync: false,
  returnNull: false,
  interpolation: { escapeValue: false },
});

export interface Translate {
  (key: string, options?: Record<string, unknown>): string;
  /** The language the string for `key` is really in. */
  langOf(key: string): string;
  /** lang/dir for the element that holds the string, when it is a fallback. */
  attrs(key: string): TextAttributes;
}

export function useTranslations(lang: string): Translate {
  const langOf = (key: string): string => {
    const found = fallbackChain(lang).find((code) => typeof lookup(messages[code], key) === 'string');
    if (!found)
      throw new Error(
        `Interface string "${key}" is missing in locales/${DEFAULT_LOCALE}/common.json (and so in every language): add it there and to its translations`,
      );
    return found;
  };
  const t = (key: string, options?: Record<string, unknown>): string => {
    // A plain signature: keys are checked here at build time, not by TypeScript.
    const fixed = instance.getFixedT(langOf(key)) as unknown as (key: string, options?: Record<string, unknown>) => string;
    return fixed(key, options);
  };
  return Object.assign(t, { langOf, attrs: (key: string) => localizer.attributes(lang, langOf(key)) });
}

/** A language's name in the reader's language, e.g. "الإنجليزية" for ("ar", "en"). */
export function languageName(readerLang: string, lang: string): string {
  return new Intl.DisplayNames([readerLang], { type: 'language' }).of(lang) ?? lang;
}

/** Items as a list in the reader's language: "Werk, Nederlands leren en inburgering", "العمل وتعلّم الهولندية". */
export function formatList(readerLang: string, items: readonly string[]): string {
  return new Intl.ListFormat(readerLang, { type: 'conjunction' }).format(items);
}

/** A list of language names in the reader's language, e.g. "English and Dutch". */
export function languageNames(readerLang: string, langs: readonly string[]): string {
  return formatList(
    readerLang,
    langs.map((lang) => languageName(readerLang, lang)),
  );
}

export function formatDate(lang: string, date: Date): string {
  return new Intl.DateTimeFormat(dateLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
