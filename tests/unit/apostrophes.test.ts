// One apostrophe style per language (visual review L4: "Bölgesi'ne" and "Bölgesi’ne" side by
// side): within a language, every apostrophe between two letters is the same character,
// across its pages, interface strings, phrase guide and checklist. Words in another language
// (<span lang="nl">holebi’s</span> on a Turkish page) follow their own language's style.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';

const STYLES = { straight: "'", typographic: '\u2019' } as const;
type Style = keyof typeof STYLES;

/** Apostrophes between two letters, by style, outside elements marked as another language. */
export function apostrophes(text: string, lang: string): Record<Style, string[]> {
  const own = text.replace(/<(span|em|strong|i|b|bdi)\b[^>]*\blang="([^"]+)"[^>]*>[\s\S]*?<\/\1>/g, (whole, _tag, other: string) =>
    other === lang ? whole : '',
  );
  const found = (mark: string) => [...own.matchAll(new RegExp(`\\p{L}${mark}\\p{L}+`, 'gu'))].map((match) => match[0]);
  return { straight: found(STYLES.straight), typographic: found(STYLES.typographic) };
}

function filesOf(lang: string): string[] {
  const pages = fs.existsSync(`content/${lang}`)
    ? fs.readdirSync(`content/${lang}`, { recursive: true }).map((file) => path.join('content', lang, String(file)))
    : [];
  const strings = fs.readdirSync(`locales/${lang}`).map((file) => path.join('locales', lang, file));
  const data = [`content/taalgids/translations/${lang}.json`, `content/rugzak/translations/${lang}.json`];
  return [...pages, ...strings, ...data].filter((file) => /\.(mdx|json)$/.test(file) && fs.existsSync(file));
}

describe('apostrophes', () => {
  it('finds both styles in a mixed text, and skips words in another language', () => {
    const mixed = apostrophes('Flaman Bölgesi\'ne ve Bölgesi’ne, <span lang="nl">holebi’s</span>', 'tr');
    expect(mixed.straight).toEqual(["i'ne"]);
    expect(mixed.typographic).toEqual(['i’ne']);
  });

  it.each(localeCodes)('%s uses one style', (lang) => {
    const found = { straight: [] as string[], typographic: [] as string[] };
    for (const file of filesOf(lang)) {
      const text = fs.readFileSync(file, 'utf8');
      const { straight, typographic } = apostrophes(text, lang);
      found.straight.push(...straight.map((word) => `${file}: ${word}`));
      found.typographic.push(...typographic.map((word) => `${file}: ${word}`));
    }
    const fewer = found.straight.length <= found.typographic.length ? found.straight : found.typographic;
    expect(fewer, `${lang} mixes ' and ’; use one (the other is used ${Math.max(found.straight.length, found.typographic.length)} times)`).toEqual([]);
  });
});
