// Interface strings through plain i18next at build time: no client JavaScript.
// A key missing from the strings fails the build instead of showing the key to a reader.
import i18next from 'i18next';
import { DEFAULT_LOCALE } from './config';
import { messages } from './locales';

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

export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function useTranslations(lang: string): Translate {
  // A plain signature: keys are checked at build time below, not by TypeScript.
  const t = instance.getFixedT(lang) as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (key, options) => {
    if (!instance.exists(key, { lng: lang })) {
      throw new Error(`Interface string "${key}" is missing in locales/${lang}/common.json (and so in every language): add it to locales/${DEFAULT_LOCALE}/common.json and its translations`);
    }
    return t(key, options);
  };
}

/** A language's name in the reader's language, e.g. "الإنجليزية" for ("ar", "en"). */
export function languageName(readerLang: string, lang: string): string {
  return new Intl.DisplayNames([readerLang], { type: 'language' }).of(lang) ?? lang;
}

export function formatDate(lang: string, date: Date): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
