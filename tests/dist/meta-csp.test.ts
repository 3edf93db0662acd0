// Every built page carries the site's policy in a <meta>, as the first thing in its head after
// the charset, so a host that drops the header still enforces it (src/security/meta-csp.ts).
import { describe, expect, it } from 'vitest';
import { metaPolicyFor } from '../../src/security/meta-csp';
import { pagePaths, parsedPage } from '../support/dist';

describe('the meta Content-Security-Policy', () => {
  it('is on every page, before any stylesheet or script', () => {
    const problems = pagePaths().flatMap((path) => {
      const head = parsedPage(path).querySelector('head');
      const children = head?.childNodes.filter((node) => 'tagName' in node) ?? [];
      const index = children.findIndex((node) => (node as unknown as { getAttribute(name: string): string | undefined }).getAttribute('http-equiv') === 'Content-Security-Policy');
      if (index < 0) return [`${path}: no <meta http-equiv="Content-Security-Policy">`];
      const meta = children[index] as unknown as { getAttribute(name: string): string | undefined };
      if (meta.getAttribute('content') !== metaPolicyFor(path)) return [`${path}: the <meta> policy differs from public/_headers`];
      return index > 1 ? [`${path}: the <meta> policy comes after other elements of <head>`] : [];
    });
    expect(pagePaths().length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
