// Every Dutch interface string (locales/nl/*.json) is used, and every string the code asks
// for exists: dead strings cost translators time in ten languages. Keys built at run time
// (t(`path.${step}`)) count for every key under their prefix.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMessages } from '../../src/i18n/locales-fs';
import { keyPaths } from '../../src/i18n/messages';

const source = readMessages('locales').nl!;

function codeFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(astro|ts|mjs)$/.test(file))
    .map((file) => path.join(dir, file));
}

/** The keys a piece of code asks for: literal t('a.b') calls and t(`a.${x}`) prefixes. */
export function usedKeys(code: string): { literal: Set<string>; prefixes: Set<string>; accessed: string } {
  const literal = new Set([...code.matchAll(/\b(?:t|tl)(?:\.attrs|\.langOf)?\(\s*['"]([\w.]+)['"]/g)].map((match) => match[1]!));
  const prefixes = new Set([...code.matchAll(/\b(?:t|tl)(?:\.attrs|\.langOf)?\(\s*`([\w.]+\.)\$\{/g)].map((match) => match[1]!));
  return { literal, prefixes, accessed: code };
}

const code = ['src', 'scripts']
  .flatMap(codeFiles)
  .map((file) => fs.readFileSync(file, 'utf8'))
  .join('\n');
const { literal, prefixes } = usedKeys(code);
// The language's own name and direction are read by the locale model, not through t().
const isUsed = (key: string) =>
  key.startsWith('language.') ||
  literal.has(key) ||
  [...prefixes].some((prefix) => key.startsWith(prefix)) ||
  code.includes(`.${key}`) ||
  code.includes(`'${key}'`);

describe('interface strings', () => {
  it('finds literal and dynamic keys in code', () => {
    const found = usedKeys("t('a.b'); tl(\"c\"); t.attrs('d.e'); t(`path.${step}`)");
    expect([...found.literal]).toEqual(['a.b', 'c', 'd.e']);
    expect([...found.prefixes]).toEqual(['path.']);
  });
  it('every Dutch key is used somewhere in src/ or scripts/', () => {
    expect(keyPaths(source).filter((key) => !isUsed(key))).toEqual([]);
  });
  it('every key the code asks for exists in Dutch', () => {
    const keys = new Set(keyPaths(source));
    expect([...literal].filter((key) => !keys.has(key))).toEqual([]);
  });
});
