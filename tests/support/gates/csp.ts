// The Content-Security-Policy allows no inline script but by its hash, and every inline
// script in the built pages has its hash in the policy.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { parse } from 'node-html-parser';
import { headersFor, readHeaderRules } from '../../../scripts/headers.mjs';
import { pagePaths } from '../dist';
import { resolvePath } from './links';

export function policyOf(headersFile: string, pathname = '/'): string {
  return headersFor(readHeaderRules(headersFile), pathname)['Content-Security-Policy'] ?? '';
}

export function directive(policy: string, name: string): string[] {
  const found = policy.split(';').map((part) => part.trim().split(/\s+/)).find(([key]) => key === name);
  return found ? found.slice(1) : [];
}

export function checkInlineScripts(dir: string, policy: string): string[] {
  const allowed = new Set(directive(policy, 'script-src'));
  const problems: string[] = [];
  if (allowed.has("'unsafe-inline'")) problems.push("script-src allows 'unsafe-inline'");
  for (const page of pagePaths(dir)) {
    const root = parse(fs.readFileSync(resolvePath(dir, page)!, 'utf8'));
    for (const script of root.querySelectorAll('script:not([src])')) {
      const type = script.getAttribute('type');
      if (type && !/module|javascript/.test(type)) continue;
      const hash = `'sha256-${crypto.createHash('sha256').update(script.rawText).digest('base64')}'`;
      if (!allowed.has(hash)) problems.push(`${page}: inline script without its hash ${hash} in script-src`);
    }
    if (root.querySelector('[onclick], [onload], [onerror], [onsubmit], [onchange]')) problems.push(`${page}: inline event handler attribute`);
  }
  return problems;
}
