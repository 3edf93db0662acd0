// The one rule for translated data. Pages, phrases, checklist texts, key words, interface
// strings and every data set to come go through here: unknown languages are refused, each
// value is chosen per key along the site's fallback order (fallback.ts), and each value
// carries the language it is really in, with the lang/dir its element needs, so a missing
// translation is never silent: it shows in another language, marked, and the page's notice
// names that language.
import { fallbackChain } from './fallback.ts';
import type { Direction, LocaleInfo } from './messages.ts';

export interface TextAttributes {
  lang?: string;
  dir?: Direction;
}

export interface Localized<V> {
  value: V;
  /** The language the value is in. */
  lang: string;
  /** True when that is not the reader's language. */
  isFallback: boolean;
  /** What the element holding the value needs inside the reader's page (WCAG 3.1.2). */
  attrs: TextAttributes;
}

/** One value per key, for one reader. */
export interface LocalizedSet<V> {
  readerLang: string;
  get(key: string): Localized<V>;
  /** Languages other than the reader's that values come from, in fallback order: what the notice names. */
  fallbackLanguages: string[];
  /** Keys shown in another language than the reader's. */
  fallbackKeys: string[];
}

export class LocalizedDataError extends Error {
  override name = 'LocalizedDataError';
}

export interface Localizer {
  readonly languages: readonly LocaleInfo[];
  /** Nothing when the text is in the page's language; else its lang, and dir where it differs. */
  attributes(pageLang: string, textLang: string): TextAttributes;
  /** The first value along the reader's fallback order, or undefined if there is none. */
  pick<V>(readerLang: string, valueIn: (lang: string) => V | undefined): Localized<V> | undefined;
  /** Refuses files for languages the site does not have, naming each file. */
  checkLanguages(files: readonly { lang: string; file: string }[]): void;
  /**
   * Chooses, for each key, the value in the reader's language or along the fallback order.
   * A key with no value in any language is an error naming the dataset and key.
   */
  localizeSet<V>(options: {
    dataset: string;
    readerLang: string;
    keys: readonly string[];
    byLang: ReadonlyMap<string, Readonly<Record<string, V | undefined>>>;
  }): LocalizedSet<V>;
  /** For the content report: per language, the keys it does not have. */
  missing(options: { keys: readonly string[]; byLang: ReadonlyMap<string, Readonly<Record<string, unknown>>> }): Record<string, string[]>;
}

/** Merges the fallback languages of several parts of one page, in fallback order. */
export function noticeLanguages(readerLang: string, ...parts: readonly (readonly string[])[]): string[] {
  const used = new Set(parts.flat());
  const chain = fallbackChain(readerLang);
  return [...used].filter((lang) => lang !== readerLang).sort((a, b) => rank(chain, a) - rank(chain, b));
}

function rank(chain: string[], lang: string): number {
  const index = chain.indexOf(lang);
  return index < 0 ? chain.length : index;
}

export function createLocalizer(languages: readonly LocaleInfo[]): Localizer {
  const info = (code: string): LocaleInfo => {
    const found = languages.find((language) => language.code === code);
    if (!found) throw new LocalizedDataError(`Unknown language "${code}"; expected one of ${languages.map((language) => language.code).join(', ')}`);
    return found;
  };

  const attributes = (pageLang: string, textLang: string): TextAttributes => {
    if (pageLang === textLang) return {};
    const dir = info(textLang).dir;
    return dir === info(pageLang).dir ? { lang: textLang } : { lang: textLang, dir };
  };

  const pick = <V>(readerLang: string, valueIn: (lang: string) => V | undefined): Localized<V> | undefined => {
    info(readerLang);
    for (const lang of fallbackChain(readerLang)) {
      const value = valueIn(lang);
      if (value !== undefined) return { value, lang, isFallback: lang !== readerLang, attrs: attributes(readerLang, lang) };
    }
    return undefined;
  };

  return {
    languages,
    attributes,
    pick,
    checkLanguages(files) {
      const known = new Set(languages.map((language) => language.code));
      const problems = files
        .filter(({ lang }) => !known.has(lang))
        .map(
          ({ lang, file }) =>
            `${file}: "${lang}" is not a language of the site; expected one of ${[...known].join(', ')} (a new language starts with locales/${lang}/common.json)`,
        );
      if (problems.length) throw new LocalizedDataError(problems.join('\n  '));
    },
    localizeSet({ dataset, readerLang, keys, byLang }) {
      const values = new Map<string, Localized<never>>();
      for (const key of keys) {
        const chosen = pick(readerLang, (lang) => byLang.get(lang)?.[key]);
        if (!chosen) throw new LocalizedDataError(`${dataset}: "${key}" has no text in any language; expected it at least in the Dutch source`);
        values.set(key, chosen as Localized<never>);
      }
      const fallbacks = [...values].filter(([, value]) => value.isFallback);
      return {
        readerLang,
        get(key) {
          const value = values.get(key);
          if (!value) throw new LocalizedDataError(`${dataset}: no key "${key}"; expected one of ${keys.join(', ')}`);
          return value;
        },
        fallbackLanguages: noticeLanguages(
          readerLang,
          fallbacks.map(([, value]) => value.lang),
        ),
        fallbackKeys: fallbacks.map(([key]) => key),
      };
    },
    missing({ keys, byLang }) {
      return Object.fromEntries(languages.map(({ code }) => [code, keys.filter((key) => byLang.get(code)?.[key] === undefined)]));
    },
  };
}
