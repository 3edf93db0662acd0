// Reads locales/<code>/*.json from disk. The only file of src/i18n that does I/O for interface
// strings; the checks are in messages.ts. common.json holds the site's shared strings; every
// other file is one feature's namespace (locales/<code>/film.json is t('film.…')), so features
// added side by side never edit the same file.
import fs from 'node:fs';
import path from 'node:path';
import { LocaleError, type Messages } from './messages.ts';

const COMMON = 'common';
const NAMESPACE = /^[a-z][a-z0-9]*$/;

/** The file that holds `key` (or the language's common.json when no key is given). */
export function localeFile(dir: string, code: string, key = ''): string {
  const first = key.split('.')[0]!;
  const namespaced = first && first !== COMMON && fs.existsSync(path.join(dir, code, `${first}.json`));
  return path.relative(process.cwd(), path.join(dir, code, `${namespaced ? first : COMMON}.json`));
}

function readJson(dir: string, code: string, name: string): Messages {
  const file = path.join(dir, code, `${name}.json`);
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('expected an object of strings');
    return parsed;
  } catch (error) {
    throw new LocaleError(`${path.relative(process.cwd(), file)}: not valid JSON (${(error as Error).message})`);
  }
}

export function readMessages(dir: string): Record<string, Messages> {
  if (!fs.existsSync(dir)) throw new LocaleError(`${dir}: folder of interface strings not found`);
  const result: Record<string, Messages> = {};
  for (const code of fs.readdirSync(dir).sort()) {
    if (!fs.statSync(path.join(dir, code)).isDirectory()) continue;
    if (!fs.existsSync(path.join(dir, code, `${COMMON}.json`)))
      throw new LocaleError(`${localeFile(dir, code)}: file missing; every language folder needs common.json`);
    const messages = readJson(dir, code, COMMON);
    for (const file of fs.readdirSync(path.join(dir, code)).sort()) {
      const shown = path.relative(process.cwd(), path.join(dir, code, file));
      if (!file.endsWith('.json')) throw new LocaleError(`${shown}: not a .json file; a language folder holds only interface strings as JSON`);
      const name = file.slice(0, -'.json'.length);
      if (name === COMMON) continue;
      if (!NAMESPACE.test(name))
        throw new LocaleError(`${shown}: file name "${name}" is not a namespace; expected lower-case letters and digits, such as film.json`);
      if (name in messages) throw new LocaleError(`${shown}: namespace "${name}" is also a key of ${localeFile(dir, code)}; keep it in one of the two`);
      messages[name] = readJson(dir, code, name);
    }
    result[code] = messages;
  }
  return result;
}
