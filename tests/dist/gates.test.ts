// Gates over the whole built site (dist/). Each also runs on tests/fixtures/broken-site,
// where it must fail on the page that breaks it, so a gate that checks nothing cannot pass.
// Each run prints one line per gate with what it counted, on dist/ and on the broken site.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { contentDir } from '../../src/site-env.ts';
import { interactivePages } from '../support/interactive-pages';
import { distDir, listFiles } from '../support/dist';
import { makeBrokenSite } from '../fixtures/make-broken-site.mjs';
import { checkBudgets, checkComments, checkScripts } from '../support/gates/budgets';
import { checkCsp, directive, policyOf } from '../support/gates/csp';
import { validateHtml } from '../support/gates/html';
import { checkImages } from '../support/gates/images';
import { checkLinks } from '../support/gates/links';
import { PAGE_BUDGET, budgetOf } from '../support/gates/page-budget';
import { findUnusedAssets } from '../../src/integrations/unused-assets';

const site = process.env.SITE_URL ?? 'http://localhost:4321';
const count = new Intl.NumberFormat('en').format;
const say = (gate: string, where: 'dist' | 'broken site', text: string) => console.log(`${gate} (${where}): ${text}`);

/** Pages that need script for interaction; every other page ships none. */
// From the content: pages whose Dutch source declares a tool that needs JavaScript.
const INTERACTIVE = interactivePages(contentDir, locales.map(({ code }) => code));

let broken: string;
beforeAll(async () => {
  broken = await makeBrokenSite(fs.mkdtempSync(path.join(os.tmpdir(), 'broken-site-')));
});
afterAll(() => {
  if (broken) fs.rmSync(broken, { recursive: true, force: true });
});

describe('HTML validity (W3C Nu HTML Checker)', () => {
  it('finds zero errors in every built page', () => {
    const pages = listFiles(distDir).filter((file) => file.endsWith('.html'));
    const report = validateHtml(distDir, pages);
    say('HTML', 'dist', `${count(report.files)} of ${count(pages.length)} pages validated, ${report.errors.length} errors`);
    expect(report.files).toBeGreaterThan(10);
    expect(report.files).toBe(pages.length);
    expect(report.errors.join('\n')).toBe('');
  }, 120_000); // one Java run over every page: it can take a minute on 2 busy cores
  it('fails on invalid HTML, on a file it could not check and on an error outside a document', () => {
    // An address instead of a file: vnu refuses loopback hosts, a non-document error.
    const report = validateHtml(broken, ['index.html', 'invalid-html/index.html', 'too-wide/index.html', 'bestaat-niet.html', 'http://127.0.0.1:9/']);
    say('HTML', 'broken site', `${report.files} of 5 files validated, ${report.errors.length} errors`);
    expect(report.errors).toEqual([
      'invalid-html/index.html:5: No “p” element in scope but a “p” end tag seen.',
      'invalid-html/index.html:5: Duplicate ID “x”.',
      'http://127.0.0.1:9/: Forbidden host.',
      'bestaat-niet.html: not checked (File not found.)',
    ]);
    expect(report.files).toBe(4);
  });
});

describe('links', () => {
  it('all resolve: href, src, srcset, hreflang (reciprocal), sitemap, #fragments', () => {
    const report = checkLinks(distDir, site);
    say('links', 'dist', `${count(report.pages)} pages, ${count(report.checked)} links checked, ${report.broken.length} broken`);
    expect(report.checked).toBeGreaterThan(100);
    expect(report.broken.join('\n')).toBe('');
  });
  it('fails on a dead link, a missing fragment, a broken srcset, a malformed URL, one-way hreflang and sitemap URLs that do not exist or are on another site', () => {
    const report = checkLinks(broken, 'https://example.org');
    say('links', 'broken site', `${count(report.pages)} pages, ${count(report.checked)} links checked, ${report.broken.length} broken`);
    expect(report.broken).toEqual([
      '/broken-srcset/: /_astro/ontbreekt.webp leads nowhere',
      '/dead-link/: /bestaat-niet/ leads nowhere',
      '/dead-link/: /#geen-anker has no element with id "geen-anker"',
      // The id with quotes that exists is found; only the one that does not is reported.
      '/fragment-quotes/: #zeg%20%22dag%22 has no element with id "zeg "dag""',
      '/malformed-url/: http://[nope/ is not a valid URL',
      '/hreflang-one-way/: hreflang names /hreflang-target/, which does not name it back',
      '/sitemap.xml: https://example.org/niet-in-de-site/ leads nowhere',
      '/sitemap.xml: https://elders.example/ is not on https://example.org',
    ]);
  });
});

describe('size budgets', () => {
  it(`every page's HTML plus its CSS fits in ${PAGE_BUDGET} bytes gzipped (the whole brochure on one page in three times that)`, () => {
    const { pages, problems } = checkBudgets(distDir);
    const fullest = pages.toSorted((a, b) => b.bytes / budgetOf(b.page) - a.bytes / budgetOf(a.page))[0]!;
    say('budgets', 'dist', `${count(pages.length)} pages measured, fullest ${fullest.page} at ${count(fullest.bytes)} of ${count(budgetOf(fullest.page))} bytes (HTML + CSS, gzip), ${problems.length} over`);
    // The whole-brochure pages exist, so their own budget is checked too.
    expect(pages.filter(({ page }) => budgetOf(page) > PAGE_BUDGET).length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
  it('fails on a page over budget', () => {
    const { pages, problems } = checkBudgets(broken);
    say('budgets', 'broken site', `${count(pages.length)} pages measured, ${problems.length} over`);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^/over-budget/: \\d+ bytes of HTML and CSS \\(gzip\\), over its budget of ${PAGE_BUDGET}$`))]);
  });
  it('ships no HTML comment in any page', () => {
    const { pages, problems } = checkComments(distDir);
    say('HTML comments', 'dist', `${count(pages)} pages, ${problems.length} with a comment`);
    expect(problems).toEqual([]);
  });
  it('fails on a page with an HTML comment', () => {
    const { pages, problems } = checkComments(broken);
    say('HTML comments', 'broken site', `${count(pages)} pages, ${problems.length} with a comment`);
    expect(problems).toEqual([expect.stringMatching(/^\/html-comment\/: 1 HTML comment \(\d+ bytes\), e\.g\. <!-- A note for whoever edits/)]);
  });
  it('ships JavaScript only on the pages allowed to', () => {
    const report = checkScripts(distDir, INTERACTIVE);
    say('JavaScript', 'dist', `${count(report.pages)} pages, ${report.withScript.length} ship JavaScript (at most ${count(Math.max(0, ...report.withScript.map((size) => size.scriptBytes)))} bytes gzipped), ${report.problems.length} not allowed`);
    expect(report.problems).toEqual([]);
  });
  it('fails on JavaScript on a page not in the list, and on a listed page that does not exist', () => {
    // These pages break other gates with their scripts (CSP, third party, console, layout shift), so they are allowed here.
    const report = checkScripts(broken, ['/inline-script/', '/third-party/', '/console-error/', '/layout-shift/', '/bestaat-niet/']);
    say('JavaScript', 'broken site', `${count(report.pages)} pages, ${report.withScript.length} ship JavaScript, ${report.problems.length} problems`);
    expect(report.problems).toEqual([
      '/script-not-allowed/: ships JavaScript (/_astro/menu.js) but is not allowed to',
      '/bestaat-niet/: allowed to ship JavaScript, but there is no such page',
    ]);
  });
});

describe('images', () => {
  it('are SVG, AVIF or WebP, with width and height, never far larger than shown', async () => {
    const report = await checkImages(distDir);
    say('images', 'dist', `${count(report.pages)} pages, ${count(report.images)} images checked, ${report.problems.length} problems`);
    expect(report.images).toBeGreaterThan(0);
    expect(report.problems.join('\n')).toBe('');
  });
  it('fail on an image far larger than shown and on a PNG without width and height', async () => {
    const report = await checkImages(broken);
    say('images', 'broken site', `${count(report.pages)} pages, ${count(report.images)} images checked, ${report.problems.length} problems`);
    expect(report.problems).toEqual([
      '/oversized-image/: /_astro/large.webp is 2000px wide, shown at 100px',
      '/png-image/: /_astro/photo.png has no width and height',
      '/png-image/: /_astro/photo.png is .png; expected SVG, AVIF or WebP',
    ]);
  });
});

describe('build files', () => {
  it('are each used by a page, a stylesheet or a script', () => {
    const assets = listFiles(path.join(distDir, '_astro'));
    const unused = findUnusedAssets(distDir);
    say('build files', 'dist', `${count(assets.length)} files in _astro/, ${unused.length} used by nothing`);
    expect(assets.length).toBeGreaterThan(10);
    expect(unused).toEqual([]);
  });
  it('fail on a file that nothing names', () => {
    const unused = findUnusedAssets(broken);
    say('build files', 'broken site', `${unused.length} used by nothing`);
    expect(unused).toEqual(['_astro/unused.svg']);
  });
});

describe('Content-Security-Policy', () => {
  const policy = policyOf(path.join(distDir, '_headers'));
  it('allows scripts from the site only, never inline, and forbids framing', () => {
    expect(directive(policy, 'script-src')).not.toContain("'unsafe-inline'");
    expect(directive(policy, 'default-src')).toEqual(["'self'"]);
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(policy, 'style-src')).not.toContain("'unsafe-inline'");
  });
  it("has no 'unsafe-inline', covers every inline script and finds no inline event handler in the built pages", () => {
    const report = checkCsp(distDir);
    say('CSP', 'dist', `${count(report.pages)} pages, ${report.inlineScripts} inline scripts, ${report.problems.length} problems`);
    expect(report.problems).toEqual([]);
  });
  it("fails on an inline script without its hash, on every inline event handler, on 'unsafe-inline' in _headers or a meta policy and on 'wasm-unsafe-eval' outside the search page", () => {
    const report = checkCsp(broken);
    say('CSP', 'broken site', `${count(report.pages)} pages, ${report.inlineScripts} inline scripts, ${report.problems.length} problems`);
    expect(report.problems).toEqual([
      '/event-handlers/: inline event handler onpointerdown on <p>',
      '/event-handlers/: inline event handler onfocus on <a>',
      '/event-handlers/: inline event handler onclick on <button>',
      expect.stringMatching(/^\/inline-script\/: inline script without its hash 'sha256-[A-Za-z0-9+/]+=*' in script-src$/),
      "/unsafe-inline-header/: _headers policy allows 'unsafe-inline' in style-src",
      "/unsafe-inline-meta/: <meta> policy allows 'unsafe-inline' in script-src",
      "/wasm-outside-search/: <meta> policy allows 'wasm-unsafe-eval' in script-src, but the page has no search",
    ]);
  });
});
