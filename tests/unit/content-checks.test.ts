// The content report's checks (src/report/content-checks.ts).
import { describe, expect, it } from 'vitest';
import { hasDatedWebSource, headingLevels, structureProblem } from '../../src/report/content-checks';

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
