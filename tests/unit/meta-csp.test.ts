// The <meta> Content-Security-Policy every page carries (src/security/meta-csp.ts).
import { describe, expect, it } from 'vitest';
import { metaPolicy, pageMetaPolicy } from '../../src/security/meta-csp';

describe('the meta policy', () => {
  it('keeps what a <meta> policy can express and drops what browsers ignore there', () => {
    expect(metaPolicy("default-src 'self'; frame-ancestors 'none'; script-src 'self'; report-uri /csp; sandbox")).toBe("default-src 'self'; script-src 'self'");
  });
  it('is the policy of public/_headers for pages, without frame-ancestors', () => {
    expect(pageMetaPolicy).toMatch(/^default-src 'self'; script-src 'self'/);
    expect(pageMetaPolicy).not.toMatch(/frame-ancestors|unsafe-inline/);
  });
});
