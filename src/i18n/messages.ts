// Interface strings as data: pure functions over the parsed locales/<code>/*.json files, no I/O, so
// tests can give them any set of languages. Dutch is the source: every key must be there.
// Another language may miss a key (it falls back like page text, see fallback.ts, and the
// content report lists it) but may not invent one.
import { z } from 'astro/zod';
import { DEFAULT_LOCALE } from './config.ts';

export type Messages = { [key: string]: string | Messages };
export type Direction = 'ltr' | 'rtl';

/** A BCP 47 code such as "nl", "ti" or "pt-BR". */
export const LOCALE_CODE = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/;

/** Thrown for bad locale input; its message names the file, the field and what was expected. */
export class LocaleError extends Error {
  override name = 'LocaleError';
}

/** Every language file must name its language and direction, whatever else it lacks. */
const languageSchema = z.object({
  language: z.object(
    {
      name: z.string({ error: 'expected the language’s name in its own script' }).trim().min(1, 'expected the language’s name in its own script'),
      dir: z.enum(['ltr', 'rtl'], { error: 'expected "ltr" or "rtl"' }),
    },
    { error: 'expected { name, dir }' },
  ),
});

/** Every key path that holds a string, e.g. "page.lastReviewed". */
export function keyPaths(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : keyPaths(value, `${prefix}${key}.`)));
}

export function lookup(messages: Messages | undefined, key: string): string | Messages | undefined {
  return key.split('.').reduce<string | Messages | undefined>((node, part) => (node && typeof node === 'object' ? node[part] : undefined), messages);
}

/** Keys of the Dutch source that `messages` does not have (it shows them in a fallback language). */
export function missingKeys(source: Messages, messages: Messages): string[] {
  const keys = new Set(keyPaths(messages));
  return keyPaths(source).filter((key) => !keys.has(key));
}

/**
 * Refuses what no fallback can repair: a language without name or direction, a key that the
 * Dutch source does not have, an empty string. `fileOf` names the file in messages.
 */
export function checkMessages(all: Record<string, Messages>, fileOf: (code: string, key?: string) => string): void {
  const source = all[DEFAULT_LOCALE];
  if (!source) throw new LocaleError(`${fileOf(DEFAULT_LOCALE)}: missing; the default language "${DEFAULT_LOCALE}" is the source of every interface string`);
  const reference = new Set(keyPaths(source));
  const problems: string[] = [];
  for (const [code, messages] of Object.entries(all)) {
    const file = fileOf(code);
    if (!LOCALE_CODE.test(code)) problems.push(`${file}: folder name "${code}" is not a language code; expected a BCP 47 code such as "nl", "ar" or "pt-BR"`);
    const parsed = languageSchema.safeParse(messages);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: field "${issue.path.join('.')}" is wrong; ${issue.message}`);
    }
    for (const key of keyPaths(messages)) {
      if (!reference.has(key))
        problems.push(`${fileOf(code, key)}: interface string "${key}" is not in ${fileOf(DEFAULT_LOCALE, key)}; remove it or add it there`);
      else if (!String(lookup(messages, key)).trim())
        problems.push(`${fileOf(code, key)}: interface string "${key}" is empty; expected text (leave the key out to fall back)`);
    }
  }
  if (problems.length) throw new LocaleError(`Interface strings are invalid:\n  ${problems.join('\n  ')}`);
}

export interface LocaleInfo {
  code: string;
  /** The language's name in its own script, e.g. "العربية". */
  name: string;
  dir: Direction;
}

/** The default language first, then the others in alphabetical order of their code. */
export function localesOf(all: Record<string, Messages>): LocaleInfo[] {
  return Object.keys(all)
    .sort((a, b) => (a === DEFAULT_LOCALE ? -1 : b === DEFAULT_LOCALE ? 1 : a.localeCompare(b)))
    .map((code) => ({
      code,
      name: lookup(all[code], 'language.name') as string,
      dir: lookup(all[code], 'language.dir') as Direction,
    }));
}
