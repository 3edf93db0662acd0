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

/** The policy for pages, read once from public/_headers. */
export const pageMetaPolicy = (() => {
  const policy = headersFor(readHeaderRules(path.resolve('public/_headers')), '/index.html')['Content-Security-Policy'];
  if (!policy) throw new Error('public/_headers: no Content-Security-Policy for pages; expected one under "/*"');
  return metaPolicy(policy);
})();
