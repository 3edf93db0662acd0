// An interface string missing in a language falls back to English (then Dutch) and says so:
// wherever a string is an element's whole text, that element carries the fallback's lang and
// dir (t.attrs in src/i18n/translate.ts). A real build of the pack fixture with an Arabic that
// has no interface string at all finds every one of them.
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { keyPaths, lookup, type Messages } from '../../src/i18n/messages';
import { buildFixture, readFolder } from '../support/fixture-site';

/** Texts of `html` equal to one of `strings` whose nearest lang is not `lang`: "text (lang=…)". */
export function unmarked(html: string, strings: Set<string>, lang: string): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      const text = node.text.replace(/\s+/g, ' ').trim();
      if (!strings.has(text)) return;
      let element = node.parentNode as HTMLElement | null;
      while (element && !element.getAttribute?.('lang')) element = element.parentNode as HTMLElement | null;
      const dir = node.parentNode && (node.parentNode as HTMLElement).closest?.('[dir]')?.getAttribute('dir');
      const actual = `lang=${element?.getAttribute('lang')} dir=${dir}`;
      if (actual !== `lang=${lang} dir=ltr`) found.push(`"${text}" (${actual})`);
      return;
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(parse(html).querySelector('body')!);
  return found;
}

describe('unmarked', () => {
  const strings = new Set(['Back to the top']);
  it('reports a fallback string inside the page’s own language', () => {
    expect(unmarked('<html lang="ar" dir="rtl"><body><a href="#top">Back to the top</a></body></html>', strings, 'en')).toEqual([
      '"Back to the top" (lang=ar dir=rtl)',
    ]);
  });
  it('accepts it marked with its language and direction', () => {
    expect(unmarked('<html lang="ar" dir="rtl"><body><a href="#top" lang="en" dir="ltr">Back to the top</a></body></html>', strings, 'en')).toEqual([]);
  });
});

describe('interface strings missing in a language', { timeout: 120_000 }, () => {
  it('carry lang="en" dir="ltr" wherever they are an element’s whole text', () => {
    const locales = readFolder('locales');
    // Arabic keeps only its name and direction: every other string falls back to English.
    for (const file of Object.keys(locales)) if (file.startsWith('ar/')) delete locales[file];
    const arabic = JSON.parse(readFolder('locales/ar')['common.json']!) as Messages;
    locales['ar/common.json'] = JSON.stringify({ language: arabic.language });
    const build = buildFixture({ content: readFolder('tests/e2e/fixtures/pack/content'), locales });
    expect(build.ok, build.output).toBe(true);

    const english = JSON.parse(locales['en/common.json']!) as Messages;
    // Strings with a placeholder are parts of sentences, not whole texts.
    const strings = new Set(
      keyPaths(english)
        .filter((key) => !key.startsWith('language.'))
        .map((key) => String(lookup(english, key)))
        .filter((text) => !text.includes('{{')),
    );
    const pages = Object.keys(readFolder(build.outDir)).filter((file) => file.startsWith('ar/') && file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(3);
    let seen = 0;
    const problems = pages.flatMap((file) => {
      const html = build.read(file);
      seen += [...strings].filter((text) => html.includes(`>${text}<`)).length;
      return unmarked(html, strings, 'en').map((problem) => `${file}: ${problem}`);
    });
    expect(seen).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});
