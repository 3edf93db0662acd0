import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkMessages, keyPaths, locales, readMessages } from '../../src/i18n/locales';

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function tempLocales(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'locales-'));
  tempDirs.push(dir);
  for (const [code, content] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, code));
    fs.writeFileSync(path.join(dir, code, 'common.json'), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const nl = { language: { name: 'Nederlands', dir: 'ltr' }, skipLink: 'Naar de inhoud' };

describe('the site’s languages', () => {
  it('are the folders under locales/, Dutch first', () => {
    expect(locales[0]?.code).toBe('nl');
  });
  it('are the ten of the site, each named in its own script', () => {
    expect(Object.fromEntries(locales.map((locale) => [locale.code, locale.name]))).toEqual({
      nl: 'Nederlands', ar: 'العربية', bg: 'Български', en: 'English', es: 'Español',
      fr: 'Français', pl: 'Polski', ro: 'Română', ru: 'Русский', tr: 'Türkçe',
    });
  });
  it('mark only Arabic right-to-left', () => {
    expect(locales.filter((locale) => locale.dir === 'rtl').map((locale) => locale.code)).toEqual(['ar']);
  });
});

describe('keyPaths', () => {
  it('lists nested string keys', () => {
    expect(keyPaths({ a: 'x', b: { c: 'y', d: { e: 'z' } } })).toEqual(['a', 'b.c', 'b.d.e']);
  });
});

describe('checkMessages', () => {
  it('accepts languages with the same keys', () => {
    const dir = tempLocales({ nl, tr: { language: { name: 'Türkçe', dir: 'ltr' }, skipLink: 'İçeriğe geç' } });
    expect(() => checkMessages(readMessages(dir), dir)).not.toThrow();
  });
  it('names the file and key of a missing string', () => {
    const dir = tempLocales({ nl, tr: { language: { name: 'Türkçe', dir: 'ltr' } } });
    expect(() => checkMessages(readMessages(dir), dir)).toThrow(/tr\/common\.json: interface string "skipLink" is missing/);
  });
  it('rejects an unknown text direction', () => {
    const dir = tempLocales({ nl, ar: { language: { name: 'العربية', dir: 'right' }, skipLink: 'انتقل' } });
    expect(() => checkMessages(readMessages(dir), dir)).toThrow(/ar\/common\.json: field "language.dir" is "right"; expected "ltr" or "rtl"/);
  });
  it('rejects a folder that is not a language code', () => {
    const dir = tempLocales({ nl, Arabic: nl });
    expect(() => readMessages(dir)).toThrow(/folder name "Arabic" is not a language code/);
  });
  it('names a file that is not valid JSON', () => {
    const dir = tempLocales({ nl, pl: '{ "skipLink": ' });
    expect(() => readMessages(dir)).toThrow(/pl\/common\.json: not valid JSON/);
  });
});
