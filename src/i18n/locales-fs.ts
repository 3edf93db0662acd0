// Reads locales/<code>/common.json from disk. The only file of src/i18n that does I/O for
// interface strings; the checks are in messages.ts.
import fs from 'node:fs';
import path from 'node:path';
import { LocaleError, type Messages } from './messages.ts';

export function localeFile(dir: string, code: string): string {
  return path.relative(process.cwd(), path.join(dir, code, 'common.json'));
}

export function readMessages(dir: string): Record<string, Messages> {
  if (!fs.existsSync(dir)) throw new LocaleError(`${dir}: folder of interface strings not found`);
  const result: Record<string, Messages> = {};
  for (const code of fs.readdirSync(dir).sort()) {
    if (!fs.statSync(path.join(dir, code)).isDirectory()) continue;
    const file = path.join(dir, code, 'common.json');
    if (!fs.existsSync(file)) throw new LocaleError(`${localeFile(dir, code)}: file missing; every language folder needs common.json`);
    try {
      result[code] = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new LocaleError(`${localeFile(dir, code)}: not valid JSON (${(error as Error).message})`);
    }
  }
  return result;
}
