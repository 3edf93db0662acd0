// Which language a reader sees when something is not translated into theirs.
// Dutch is the source of everything. English comes before Dutch for readers of other
// languages because newcomers are more likely to read English than Dutch; an English
// reader falls back to Dutch directly. This is the site's one fallback order: pages,
// interface strings and every localized data set (localized.ts) follow it.
import { DEFAULT_LOCALE } from './config.ts';

const FALLBACK_ORDER = ['en', DEFAULT_LOCALE] as const;

/** The languages to try for a reader, in order: their own, then the fallbacks. */
export function fallbackChain(lang: string): string[] {
  return [lang, ...FALLBACK_ORDER.filter((candidate) => candidate !== lang)];
}

/** The language whose text is shown to a reader of `lang`, given the languages it exists in. */
export function chooseContentLanguage(lang: string, available: ReadonlySet<string>): string | undefined {
  return fallbackChain(lang).find((candidate) => available.has(candidate));
}
