// The Content-Security-Policy of public/_headers, as a <meta> for every page: a second line
// for a host that ignores _headers. A <meta> policy cannot carry frame-ancestors, report-uri,
// report-to or sandbox (browsers ignore them there), so those are left out; X-Frame-Options
// and the header itself still cover framing where the host sends them.
import path from 'node:path';
import { headersFor, readHeaderRules } from './headers.mjs';

const NOT_IN_META = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !NOT_IN_META.includes(directive.split(/\s+/)[0]!.toLowerCase()))
    .join('; ');
}

const rules = readHeaderRules(path.resolve('public/_headers'));

/** The policy of public/_headers for the page at `pathname`, as a <meta> can carry it. */
export function metaPolicyFor(pathname: string): string {
  const policy = headersFor(rules, pathname)['Content-Security-Policy'];
  if (!policy) throw new Error(`public/_headers: no Content-Security-Policy for ${pathname}; expected one under "/*"`);
  return metaPolicy(policy);
}

/** The policy for pages (the search page adds 'wasm-unsafe-eval': see public/_headers). */
export const pageMetaPolicy = metaPolicyFor('/index.html');
