import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { localeFile, readMessages } from '../../src/i18n/locales-fs';
import { checkMessages, keyPaths, localesOf, missingKeys, type Messages } from '../../src/i18n/messages';

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function tempLocales(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'locales-'));
  temporary.push(dir);
  for (const [code, content] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, code));
    fs.writeFileSync(path.join(dir, code, 'common.json'), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

const nl = { language: { name: 'Nederlands', dir: 'ltr' }, skipLink: 'Naar de inhoud', page: { sources: 'Bronnen' } };
const fileOf = (code: string) => `locales/${code}/common.json`;
const check = (all: Record<string, Messages>) => () => checkMessages(all, fileOf);

describe('the site’s languages', () => {
  it('are the folders under locales/, Dutch first, each named in its own script', () => {
    expect(locales[0]?.code).toBe('nl');
    expect(locales.map((locale) => locale.code).sort()).toEqual(fs.readdirSync('locales').sort());
    for (const locale of locales) expect(locale.name.trim()).not.toBe('');
  });
  it('are ordered Dutch first, then by code', () => {
    const order = localesOf({ tr: { language: { name: 'Türkçe', dir: 'ltr' } }, nl, ar: { language: { name: 'العربية', dir: 'rtl' } } });
    expect(order).toEqual([
      { code: 'nl', name: 'Nederlands', dir: 'ltr' },
      { code: 'ar', name: 'العربية', dir: 'rtl' },
      { code: 'tr', name: 'Türkçe', dir: 'ltr' },
    ]);
  });
});

describe('keyPaths and missingKeys', () => {
  it('lists nested string keys', () => {
    expect(keyPaths({ a: 'x', b: { c: 'y', d: { e: 'z' } } })).toEqual(['a', 'b.c', 'b.d.e']);
  });
  it('lists the keys of the Dutch source that a language lacks', () => {
    expect(missingKeys(nl, { language: { name: 'Türkçe', dir: 'ltr' }, skipLink: 'İçeriğe geç' })).toEqual(['page.sources']);
  });
});

describe('checkMessages', () => {
  it('accepts a language that lacks keys: they fall back (and the content report lists them)', () => {
    expect(check({ nl, tr: { language: { name: 'Türkçe', dir: 'ltr' } } })).not.toThrow();
  });
  it('refuses a key that Dutch does not have, naming file and key', () => {
    expect(check({ nl, tr: { language: { name: 'Türkçe', dir: 'ltr' }, skiplink: 'x' } })).toThrow(
      /locales\/tr\/common\.json: interface string "skiplink" is not in locales\/nl\/common\.json/,
    );
  });
  it('refuses an empty string', () => {
    expect(check({ nl, tr: { language: { name: 'Türkçe', dir: 'ltr' }, skipLink: ' ' } })).toThrow(/tr\/common\.json: interface string "skipLink" is empty/);
  });
  it('refuses an unknown text direction', () => {
    expect(check({ nl, ar: { language: { name: 'العربية', dir: 'right' } } })).toThrow(
      /ar\/common\.json: field "language.dir" is wrong; expected "ltr" or "rtl"/,
    );
  });
  it('refuses a language without its name', () => {
    expect(check({ nl, ti: { language: { dir: 'ltr' } } })).toThrow(/ti\/common\.json: field "language.name" is wrong/);
  });
  it('refuses a folder that is not a language code', () => {
    expect(check({ nl, Arabic: nl })).toThrow(/folder name "Arabic" is not a language code/);
  });
  it('refuses a site without the Dutch source', () => {
    expect(check({ en: nl })).toThrow(/locales\/nl\/common\.json: missing/);
  });
});

describe('readMessages', () => {
  it('names a file that is not valid JSON', () => {
    const dir = tempLocales({ nl, pl: '{ "skipLink": ' });
    expect(() => readMessages(dir)).toThrow(/pl\/common\.json: not valid JSON/);
  });
  it('names a language folder without common.json', () => {
    const dir = tempLocales({ nl });
    fs.mkdirSync(path.join(dir, 'ti'));
    expect(() => readMessages(dir)).toThrow(/ti\/common\.json: file missing/);
  });
  it('reads a feature file as its own namespace, and names it when its key is wrong', () => {
    const dir = tempLocales({ nl, pl: { skipLink: 'Przejdź' } });
    fs.writeFileSync(path.join(dir, 'nl', 'film.json'), JSON.stringify({ play: 'Afspelen' }));
    fs.writeFileSync(path.join(dir, 'pl', 'film.json'), JSON.stringify({ pause: 'Pauza' }));
    const all = readMessages(dir);
    expect(all.nl!.film).toEqual({ play: 'Afspelen' });
    expect(all.pl!.film).toEqual({ pause: 'Pauza' });
    expect(() => checkMessages(all, (code, key) => localeFile(dir, code, key))).toThrow(
      /pl\/film\.json: interface string "film\.pause" is not in .*nl\/film\.json/,
    );
  });
  it('refuses a namespace that common.json already uses, and a file that is not JSON', () => {
    const clash = tempLocales({ nl });
    fs.writeFileSync(path.join(clash, 'nl', 'language.json'), '{}');
    expect(() => readMessages(clash)).toThrow(/nl\/language\.json: namespace "language" is also a key of .*nl\/common\.json/);
    const stray = tempLocales({ nl });
    fs.writeFileSync(path.join(stray, 'nl', 'film.yaml'), 'play: Afspelen');
    expect(() => readMessages(stray)).toThrow(/nl\/film\.yaml: not a \.json file/);
  });
});
