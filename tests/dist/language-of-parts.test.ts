import { describe, expect, it } from 'vitest';
import { pagePaths, readPage } from '../support/dist';
import { checkLanguageOfParts } from '../support/gates/language-of-parts';

describe('language of parts', () => {
  it('marks Dutch terms in other languages and the switcher’s language names with their own lang', () => {
    const pages = pagePaths();
    const problems = pages.flatMap((page) => checkLanguageOfParts(readPage(page), page));
    console.log(`Language of parts: ${pages.length} pages checked, ${problems.length} problems`);
    expect(problems.join('\n')).toBe('');
  });
  it('fails on a Dutch term in a Turkish page without lang="nl"', () => {
    const html = '<html lang="tr"><body><p>Karşılama bürosu (onthaalbureau) sizi karşılar. <span lang="nl">Huis van het Nederlands</span></p></body></html>';
    expect(checkLanguageOfParts(html, '/tr/x/')).toEqual(['/tr/x/: Dutch "onthaalbureau" is marked as tr; expected it inside an element with lang="nl"']);
  });
});
