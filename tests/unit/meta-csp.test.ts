// The <meta> Content-Security-Policy every page carries (src/security/meta-csp.ts), and the
// _headers rules it is read from (src/security/headers.mjs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, readHeaderRules } from '../../src/security/headers.mjs';
import { metaPolicy, metaPolicyFor, pageMetaPolicy } from '../../src/security/meta-csp';

describe('the meta policy', () => {
  it('keeps what a <meta> policy can express and drops what browsers ignore there', () => {
    expect(metaPolicy("default-src 'self'; frame-ancestors 'none'; script-src 'self'; report-uri /csp; sandbox")).toBe("default-src 'self'; script-src 'self'");
  });
  it('is the policy of public/_headers for pages, without frame-ancestors', () => {
    expect(pageMetaPolicy).toMatch(/^default-src 'self'; script-src 'self'; /);
    expect(pageMetaPolicy).not.toMatch(/frame-ancestors|unsafe-inline|wasm-unsafe-eval/);
  });
  it("allows WebAssembly ('wasm-unsafe-eval') on the search page only", () => {
    expect(metaPolicyFor('/ar/zoeken/')).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; /);
    expect(metaPolicyFor('/ar/pakket/')).toBe(pageMetaPolicy);
  });
});

describe('_headers rules', () => {
  it('"! Name" drops a header an earlier rule set, so a later rule sets it alone', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'headers-')), '_headers');
    fs.writeFileSync(file, '/*\n  A: 1\n  B: 1\n/x/*\n  ! A\n/y/*\n  ! B\n  B: 2\n');
    const rules = readHeaderRules(file);
    expect(headersFor(rules, '/')).toEqual({ A: '1', B: '1' });
    expect(headersFor(rules, '/x/')).toEqual({ B: '1' });
    expect(headersFor(rules, '/y/')).toEqual({ A: '1', B: '2' });
    fs.rmSync(path.dirname(file), { recursive: true });
  });
});
