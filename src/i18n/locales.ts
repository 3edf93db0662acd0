// The languages of the site are the folders under locales/: adding a language is adding
// locales/<code>/common.json (and content under content/<code>/), never code.
// This module loads and checks them once; the pure functions are in messages.ts.
import { localesDir } from '../site-env.ts';
import { localeFile, readMessages } from './locales-fs';
import { createLocalizer } from './localized';
import { checkMessages, LocaleError, localesOf, type LocaleInfo } from './messages';

export { LocaleError, type Direction, type LocaleInfo } from './messages';

export const messages = readMessages(localesDir);
checkMessages(messages, (code, key) => localeFile(localesDir, code, key));

export const locales: LocaleInfo[] = localesOf(messages);

export const localeCodes = locales.map((locale) => locale.code);

export function localeInfo(code: string): LocaleInfo {
  const info = locales.find((locale) => locale.code === code);
  if (!info) throw new LocaleError(`Unknown language "${code}"; expected one of ${localeCodes.join(', ')}`);
  return info;
}

/** The site's localizer (localized.ts) over its languages. */
export const localizer = createLocalizer(locales);
