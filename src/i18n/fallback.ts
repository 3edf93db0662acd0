// Which language a reader sees when a page is not translated into theirs.
// Dutch is the source of every page. English comes before Dutch for readers of other
// languages because newcomers are more likely to read English than Dutch; an English
// reader falls back to Dutch directly.
import { DEFAULT_LOCALE } from './config';

const FALLBACK_ORDER = ['en', DEFAULT_LOCALE] as const;

/** The language whose text is shown to a reader of `lang`, given the languages the page exists in. */
export function chooseContentLanguage(lang: string, available: ReadonlySet<string>): string | undefined {
  if (available.has(lang)) return lang;
  return FALLBACK_ORDER.find((candidate) => candidate !== lang && available.has(candidate));
}
