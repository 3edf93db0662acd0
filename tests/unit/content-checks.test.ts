// The content report's checks (src/report/content-checks.ts).
import { describe, expect, it } from 'vitest';
import { hasDatedWebSource, headingLevels, sourceProblems, structureProblem, termProblems } from '../../src/report/content-checks';

describe('a dated web source', () => {
  it('needs an address and the date it was consulted', () => {
    expect(hasDatedWebSource(['Inburgering, https://www.vlaanderen.be/samenleven/herkomst/inburgering (geraadpleegd 2026-12-02)'])).toBe(true);
    expect(hasDatedWebSource(['Inburgering, https://www.vlaanderen.be/samenleven/herkomst/inburgering'])).toBe(false);
    expect(hasDatedWebSource(['Beleidsbrief Inburgering en Integratie 2011-2012, §5.1.3 (2011-10-19)'])).toBe(false);
    expect(hasDatedWebSource([])).toBe(false);
  });
  it('does not take a date inside the address for the date consulted', () => {
    expect(hasDatedWebSource(['Nieuws, https://example.be/2026-12-02/nieuws'])).toBe(false);
  });
});

describe('the sources of a Dutch page', () => {
  it('need one address with its date, and no address without one; a source without an address (the 2011 letter) may stay', () => {
    expect(
      sourceProblems(['Inburgering, https://www.vlaanderen.be/ (geraadpleegd 2026-12-02)', 'Beleidsbrief Inburgering en Integratie 2011-2012, §5.1.3']),
    ).toEqual([]);
    expect(sourceProblems(['Inburgering, https://www.vlaanderen.be/ (geraadpleegd 2026-12-02)', 'AgII, https://www.agii.be/'])).toEqual([
      '"AgII, https://www.agii.be/": an address without the date it was consulted',
    ]);
    expect(sourceProblems(['Beleidsbrief Inburgering en Integratie 2011-2012'])).toHaveLength(1);
  });
});

describe('a translation keeps the Dutch page’s structure', () => {
  const dutch = '## Waar begint u?\n\nTekst.\n\n### Antwerpen\n\n```\n# geen kop\n```\n\n## Wat kost het?\n';
  it('reads heading levels, not code', () => {
    expect(headingLevels(dutch)).toEqual([2, 3, 2]);
  });
  it('accepts the same headings in another language', () => {
    expect(structureProblem(dutch, '## Where do you start?\n\n### Antwerp\n\n## What does it cost?\n')).toBeUndefined();
  });
  it('names a missing or extra heading', () => {
    expect(structureProblem(dutch, '## Where do you start?\n\n## What does it cost?\n')).toBe('headings h2 h2; expected as in the Dutch source: h2 h3 h2');
  });
});

describe('key words use the terms file of their language', () => {
  const terms = { 'het inburgeringsattest': 'إفادة الاندماج المدني', 'de trajectbegeleider': 'مرشد المسار' };
  it('accepts a key word that uses the term, and one that is not a term', () => {
    expect(termProblems('ar', { 'de trajectbegeleider': 'مرشد المسار: الشخص نفسه دائمًا', 'de boete': 'الغرامة' }, terms, 'content/terms/ar.json')).toEqual([]);
  });
  it('flags a key word explained with another word for the term', () => {
    expect(termProblems('ar', { 'het inburgeringsattest': 'شهادة الاندماج المدني: ورقة رسمية' }, terms, 'content/terms/ar.json')).toEqual([
      'key word "het inburgeringsattest" is explained as "شهادة الاندماج المدني: ورقة رسمية"; expected it to use "إفادة الاندماج المدني" (content/terms/ar.json)',
    ]);
  });
  it('compares without regard to case, in the language’s own rules', () => {
    expect(
      termProblems('tr', { 'het Huis van het Nederlands': 'FELEMENKÇE EVİ; eskiden' }, { 'het Huis van het Nederlands': 'Felemenkçe Evi' }, 'tr.json'),
    ).toEqual([]);
  });
});
