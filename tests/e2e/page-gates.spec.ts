// Every built page, visited once in Chromium at 320 CSS px under the site's real headers,
// passes every per-page browser gate (tests/support/audit.ts): axe-core WCAG 2.2 A/AA, no
// request to another host, no cookie, no console error, no font download, no CSP violation,
// no sideways scrolling. Pages are visited per language in one browser page each. axe runs on
// one page of each shape (tests/support/page-shapes.ts): pages alike but for their words get
// the same findings, so families of generated pages cost a visit each, not an axe run each.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { headersFor, readHeaderRules } from '../../src/security/headers.mjs';
import { locales } from '../../src/i18n/locales';
import { auditor, auditPages, GATES, type Gate } from '../support/audit';
import { pagePaths, resolvePath } from '../support/dist';
import { onePagePerShape } from '../support/page-shapes';
import { siteUrl } from '../support/sites';

const gates = Object.keys(GATES) as Gate[];
const pages = pagePaths();
const axeOn = onePagePerShape(pages.map((path) => ({ path, html: fs.readFileSync(resolvePath(path)!, 'utf8') })));
const languageOf = (path: string) => locales.find((locale) => path.startsWith(`/${locale.code}/`))?.code ?? '';
const groups = [...locales.map((locale) => locale.code), ''].map((lang) => ({ lang, paths: pages.filter((path) => languageOf(path) === lang) }));
// Tests of at most this many pages, so the workers share the load evenly: the first language
// in order holds most of the shapes axe runs on.
const CHUNK = 30;
const chunks = groups.flatMap(({ lang, paths }) =>
  Array.from({ length: Math.ceil(paths.length / CHUNK) }, (_, index) => ({
    lang,
    paths: paths.slice(index * CHUNK, (index + 1) * CHUNK),
    part: `${index * CHUNK + 1}–${Math.min((index + 1) * CHUNK, paths.length)} of ${paths.length}`,
  })),
);

test('every built page is in a group', () => {
  expect(pages.length).toBeGreaterThan(100);
  expect(groups.flatMap((group) => group.paths).sort()).toEqual([...pages].sort());
});

for (const { lang, paths, part } of chunks) {
  test(`pages ${part} ${lang ? `in /${lang}/` : 'outside the languages'} pass every page gate`, async ({ page }) => {
    test.setTimeout(300_000);
    expect(paths.length).toBeGreaterThan(0);
    const findings = await auditPages(page, paths, { axeOn: (path) => axeOn.has(path) });
    const shapes = paths.filter((path) => axeOn.has(path)).length;
    console.log(`${lang || 'root'} ${part}: axe on ${shapes} shapes; ${gates.map((gate) => `${gate} ${findings[gate].length}`).join(', ')}`);
    for (const gate of gates) expect.soft(findings[gate], GATES[gate]).toEqual([]);
  });
}

test('scripts/serve.mjs sends the headers of public/_headers', async ({ request }) => {
  const expected = headersFor(readHeaderRules('public/_headers'), '/nl/');
  expect(Object.keys(expected).length).toBeGreaterThanOrEqual(5);
  for (const path of ['/', '/nl/', '/ar/bestaat-niet/']) {
    const response = await request.get(path);
    for (const [name, value] of Object.entries(expected))
      expect(`${path} ${name}: ${response.headers()[name.toLowerCase()]}`).toBe(`${path} ${name}: ${value}`);
  }
});

// The pages of tests/fixtures/broken-site that break a browser gate, plus pages that break
// none of them. A list, not every page of the folder: its other pages break the dist gates,
// and may trip a browser gate as a side effect (a broken srcset logs a 404).
const BROKEN_PAGES = [
  '/',
  '/missing-alt/',
  '/third-party/',
  '/inline-script/',
  '/too-wide/',
  '/layout-shift/',
  '/cookie/',
  '/console-error/',
  '/font-download/',
  '/keyboard-order/',
  '/no-focus-style/',
  '/switcher-unreachable/',
  '/bestaat-niet/',
];

test('each page gate fails on exactly the broken page made for it', async ({ page }) => {
  test.setTimeout(120_000);
  const findings = await auditPages(page, BROKEN_PAGES, { base: siteUrl('broken-site') });
  expect(findings).toEqual({
    axe: ['/missing-alt/: image-alt (img)'],
    foreignRequests: ['/third-party/: https://cdn.example.com/tracker.js'],
    cookies: ['/cookie/: tracker (127.0.0.1)'],
    consoleErrors: ['/console-error/: Error: the checklist could not start'],
    fonts: ['/font-download/: /font-download/atkinson-hyperlegible-latin-400-normal.woff2'],
    // The CSP blocks the third-party script too: a second line of defence, so two gates fail there.
    csp: ['/third-party/: script-src-elem blocked https://cdn.example.com/tracker.js', '/inline-script/: script-src-elem blocked inline'],
    reflow: [expect.stringMatching(/^\/too-wide\/: scrolls sideways by \d+px$/)],
    layoutShift: [expect.stringMatching(/^\/layout-shift\/: layout shifts 0\.\d{3} \(.*\bp\b.*moved\)$/)],
  });
});

test('the one console error excused is a 404 page’s own 404 status', async ({ page }) => {
  const audit = await auditor(page);
  const result = await audit(`${siteUrl('broken-site')}/bestaat-niet/`);
  expect(result.status).toBe(404);
  expect(result.consoleErrors).toEqual([]);
});
