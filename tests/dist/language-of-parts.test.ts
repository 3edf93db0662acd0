import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagePaths, parsedPage } from '../support/dist';
import { checkLanguageOfParts } from '../support/gates/language-of-parts';

// Its pages are static files, so the gate reads the fixture folder as it is.
const broken = path.resolve(import.meta.dirname, '../fixtures/broken-site');

const check = (dir?: string) => pagePaths(dir).flatMap((page) => checkLanguageOfParts(parsedPage(page, dir), page));

describe('language of parts', () => {
  it('marks Dutch terms in other languages, the switcher’s language names and words in another script with their own lang', () => {
    const problems = check();
    console.log(`language of parts (dist): ${pagePaths().length} pages checked, ${problems.length} problems`);
    expect(problems.join('\n')).toBe('');
  });
  it('fails on a Dutch term in a Turkish page without lang="nl", and on Russian words marked Dutch', () => {
    const problems = check(broken);
    console.log(`language of parts (broken site): ${pagePaths(broken).length} pages checked, ${problems.length} problems`);
    expect(problems).toEqual([
      '/dutch-term-without-lang/: Dutch "onthaalbureau" is marked as tr; expected it inside an element with lang="nl"',
      '/translation-marked-dutch/: "Legalisatie van documenten (Посольство Бельгии в Турции), ht" is marked as nl, but "Посольство" is not written in its script',
    ]);
  });
});
