// Latin-script paths and addresses in right-to-left pages: which Markdown elements the hast
// plugin (src/markdown/bidi.ts) isolates left to right.
import { describe, expect, it } from 'vitest';
import { isolatesLeftToRight } from '../../src/markdown/bidi';

describe('bidi isolation', () => {
  it.each([
    ['code', '/ar/pakket/', true],
    ['a', '/marokko/', true],
    ['a', 'https://www.integratie-inburgering.be/', true],
    ['a', 'www.vlaanderen.be', true],
    ['a', 'صفحة الحزمة', false],
    ['a', '/ar/ صفحة', false],
    ['a', 'NARIC-Vlaanderen', false],
  ])('<%s>%s</%s>: isolated %s', (tag, text, expected) => {
    expect(isolatesLeftToRight(tag, text)).toBe(expected);
  });
});
