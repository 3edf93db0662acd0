// Reads a _headers file (the format of Netlify and Cloudflare Pages) into rules, for
// scripts/serve.mjs and the tests that compare servers with it. The subset implemented:
//   - a rule is a line with a path pattern, starting at column 0, followed by indented
//     "Name: value" lines; blank lines and lines starting with "#" are ignored;
//   - a pattern is a path; "*" matches any characters, "/" included;
//   - every matching rule applies, in file order; a later rule replaces a header of the
//     same name (Cloudflare would join both values with a comma: set each header once).
//   - "! Name" (Cloudflare Pages' detach) removes a header that an earlier rule set, so a later
//     rule can set it anew without Cloudflare joining both values (the search page's CSP).
// Not implemented: ":placeholder" segments, patterns with a host, and Netlify's
// query-parameter rules (such patterns are read literally). An indented line that is not
// "Name: value" or "! Name" is an error.
import fs from 'node:fs';

/**
 * @param {string} file
 * @returns {{ pattern: string, headers: [string, string | null][] }[]}
 */
export function readHeaderRules(file) {
  const rules = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (rule && detach) {
      rule.headers.push([detach[1], null]);
      continue;
    }
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`${file}: cannot read line "${line.trim()}"; expected "Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * The headers for a path: every rule whose pattern matches, in file order.
 * @param {{ pattern: string, headers: [string, string | null][] }[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const result = {};
  for (const { pattern, headers } of rules) {
    const regex = new RegExp(
      `^${pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    if (!regex.test(pathname)) continue;
    for (const [name, value] of headers) {
      if (value === null) delete result[name];
      else result[name] = value;
    }
  }
  return result;
}
