// The Content-Security-Policy allows no inline script or style ('unsafe-inline'), every inline
// script in the built pages has its hash in the policy, and no element has an inline event
// handler (on* attribute), which no hash can allow.
//
// The policies of a page are the one `_headers` gives its path and any <meta http-equiv=
// "Content-Security-Policy"> in it. A browser enforces each of them, so each is checked:
// none may allow 'unsafe-inline', and each must allow every inline script.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { headersFor, readHeaderRules } from '../../../src/security/headers.mjs';
import { pagePaths, parsedPage } from '../dist';

export function policyOf(headersFile: string, pathname = '/'): string {
  return headersFor(readHeaderRules(headersFile), pathname)['Content-Security-Policy'] ?? '';
}

export function directive(policy: string, name: string): string[] {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name);
  return found ? found.slice(1) : [];
}

/** The sources that may run inline <script>: script-src, or default-src when it is absent. */
const scriptSources = (policy: string) => {
  const own = directive(policy, 'script-src');
  return own.length ? own : directive(policy, 'default-src');
};

export function checkCsp(dir: string): { pages: number; inlineScripts: number; problems: string[] } {
  const headersFile = path.join(dir, '_headers');
  const rules = fs.existsSync(headersFile) ? readHeaderRules(headersFile) : [];
  const problems: string[] = [];
  const pages = pagePaths(dir);
  let inlineScripts = 0;
  for (const page of pages) {
    const root = parsedPage(page, dir);
    const header = headersFor(rules, page)['Content-Security-Policy'];
    const policies = [
      ...(header ? [{ source: '_headers', policy: header }] : []),
      ...root
        .querySelectorAll('meta[http-equiv]')
        .filter((meta) => meta.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy')
        .map((meta) => ({ source: '<meta>', policy: meta.getAttribute('content') ?? '' })),
    ];
    for (const { source, policy } of policies) {
      for (const part of policy.split(';')) {
        const [name, ...values] = part.trim().split(/\s+/);
        if (values.includes("'unsafe-inline'")) problems.push(`${page}: ${source} policy allows 'unsafe-inline' in ${name}`);
        // Only the search page (the search tool's [data-search]) runs WebAssembly (Pagefind).
        if (values.includes("'wasm-unsafe-eval'") && !root.querySelector('[data-search]'))
          problems.push(`${page}: ${source} policy allows 'wasm-unsafe-eval' in ${name}, but the page has no search`);
      }
    }
    for (const script of root.querySelectorAll('script:not([src])')) {
      const type = script.getAttribute('type');
      if (type && !/module|javascript/.test(type)) continue;
      inlineScripts += 1;
      const hash = `'sha256-${crypto.createHash('sha256').update(script.rawText).digest('base64')}'`;
      if (!policies.length || policies.some(({ policy }) => !scriptSources(policy).includes(hash)))
        problems.push(`${page}: inline script without its hash ${hash} in script-src`);
    }
    // Any on* attribute is an event handler (onclick, onpointerdown, on an SVG too), not a fixed few.
    for (const element of root.querySelectorAll('*')) {
      for (const name of Object.keys(element.attributes).filter((attribute) => /^on/i.test(attribute))) {
        problems.push(`${page}: inline event handler ${name.toLowerCase()} on <${element.tagName.toLowerCase()}>`);
      }
    }
  }
  return { pages: pages.length, inlineScripts, problems };
}
