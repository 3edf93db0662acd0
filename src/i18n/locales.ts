// The languages of the site are the folders under locales/: adding a language is adding
// locales/<code>/common.json (and content under content/<code>/), never code.
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE } from './config';
import { localesDir } from '../site-env.ts';

export type Direction = 'ltr' | 'rtl';

export interface LocaleInfo {
  code: string;
  /** The language's name in its own script, e.g. "العربية". */
  name: string;
  dir: Direction;
}

export type Messages = { [key: string]: string | Messages };

const LOCALE_CODE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/;

/** Thrown for bad locale input; its message names the file, the field and what was expected. */
export class LocaleError extends Error {
  override name = 'LocaleError';
}

export function readMessages(dir: string = localesDir): Record<string, Messages> {
  if (!fs.existsSync(dir)) throw new LocaleError(`${dir}: folder of interface strings not found`);
  const result: Record<string, Messages> = {};
  for (const code of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, code, 'common.json');
    if (!fs.statSync(path.join(dir, code)).isDirectory()) continue;
    const shown = path.relative(process.cwd(), file);
    if (!LOCALE_CODE.test(code)) {
      throw new LocaleError(`${shown}: folder name "${code}" is not a language code; expected a BCP 47 code such as "nl", "ar" or "pt-BR"`);
    }
    if (!fs.existsSync(file)) throw new LocaleError(`${shown}: file missing; every language folder needs common.json`);
    try {
      result[code] = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new LocaleError(`${shown}: not valid JSON (${(error as Error).message})`);
    }
  }
  if (!result[DEFAULT_LOCALE]) throw new LocaleError(`${dir}: the default language "${DEFAULT_LOCALE}" has no common.json`);
  return result;
}

/** Every key path that holds a string, e.g. "sections.pakket.title". */
export function keyPaths(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : keyPaths(value, `${prefix}${key}.`),
  );
}

/** Every language must have exactly the keys of the default language, each a non-empty string. */
export function checkMessages(all: Record<string, Messages>, dir: string = localesDir): void {
  const reference = new Set(keyPaths(all[DEFAULT_LOCALE]!));
  const problems: string[] = [];
  for (const [code, messages] of Object.entries(all)) {
    const file = path.relative(process.cwd(), path.join(dir, code, 'common.json'));
    const keys = keyPaths(messages);
    for (const key of reference) {
      if (!keys.includes(key)) problems.push(`${file}: interface string "${key}" is missing; expected a translation of locales/${DEFAULT_LOCALE}/common.json → "${key}"`);
    }
    for (const key of keys) {
      if (!reference.has(key)) problems.push(`${file}: interface string "${key}" is not in locales/${DEFAULT_LOCALE}/common.json; remove it or add it there`);
      else if (!String(lookup(messages, key)).trim()) problems.push(`${file}: interface string "${key}" is empty; expected text`);
    }
    const dirValue = lookup(messages, 'language.dir');
    if (dirValue !== 'ltr' && dirValue !== 'rtl') problems.push(`${file}: field "language.dir" is "${dirValue}"; expected "ltr" or "rtl"`);
  }
  if (problems.length) throw new LocaleError(`Interface strings are incomplete:\n  ${problems.join('\n  ')}`);
}

function lookup(messages: Messages, key: string): string | Messages | undefined {
  return key.split('.').reduce<string | Messages | undefined>(
    (node, part) => (node && typeof node === 'object' ? node[part] : undefined),
    messages,
  );
}

export const messages = readMessages();
checkMessages(messages);

/** The default language first, then the others in alphabetical order of their code. */
export const locales: LocaleInfo[] = Object.keys(messages)
  .sort((a, b) => (a === DEFAULT_LOCALE ? -1 : b === DEFAULT_LOCALE ? 1 : a.localeCompare(b)))
  .map((code) => ({
    code,
    name: lookup(messages[code]!, 'language.name') as string,
    dir: lookup(messages[code]!, 'language.dir') as Direction,
  }));

export const localeCodes = locales.map((locale) => locale.code);

export function localeInfo(code: string): LocaleInfo {
  const info = locales.find((locale) => locale.code === code);
  if (!info) throw new LocaleError(`Unknown language "${code}"; expected one of ${localeCodes.join(', ')}`);
  return info;
}
