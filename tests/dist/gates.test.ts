// Gates over the whole built site (dist/). Each also runs on tests/fixtures/broken-site,
// where it must fail on the page that breaks it, so a gate that checks nothing cannot pass.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, listFiles } from '../support/dist';
import { makeBrokenSite } from '../fixtures/make-broken-site.mjs';
import { measurePages, PAGE_BUDGET } from '../support/gates/budgets';
import { checkInlineScripts, directive, policyOf } from '../support/gates/csp';
import { validateHtml } from '../support/gates/html';
import { checkImages } from '../support/gates/images';
import { checkLinks } from '../support/gates/links';

const site = process.env.SITE_URL ?? 'http://localhost:4321';

/** Pages that need script for interaction; every other page ships none. */
const INTERACTIVE = [/^\/$/, /^\/[a-z]{2}\/pakket\/rugzak\/$/, /^\/[a-z]{2}\/pakket\/taalgids\/$/, /^\/[a-z]{2}\/zoeken\/$/];

let broken: string;
beforeAll(() => {
  broken = makeBrokenSite(fs.mkdtempSync(path.join(os.tmpdir(), 'broken-site-')));
});

describe('HTML validity (W3C Nu HTML Checker)', () => {
  it('finds zero errors in every built page', () => {
    const pages = listFiles(distDir).filter((file) => file.endsWith('.html'));
    const report = validateHtml(distDir, pages);
    console.log(`HTML: ${report.files} pages validated, ${report.errors.length} errors`);
    expect(report.files).toBeGreaterThan(10);
    expect(report.errors.join('\n')).toBe('');
  });
  it('fails on invalid HTML', () => {
    const report = validateHtml(broken, ['index.html', 'invalid-html/index.html', 'too-wide/index.html']);
    expect(report.errors.length).toBeGreaterThan(0);
    expect(report.errors.every((error) => error.startsWith('invalid-html/'))).toBe(true);
  });
});

describe('links', () => {
  it('all resolve: href, src, srcset, hreflang (reciprocal), sitemap, #fragments', () => {
    const report = checkLinks(distDir, site);
    console.log(`Links: ${report.checked} checked, ${report.broken.length} broken`);
    expect(report.checked).toBeGreaterThan(100);
    expect(report.broken.join('\n')).toBe('');
  });
  it('fails on a dead link and a missing fragment', () => {
    const report = checkLinks(broken, site);
    expect(report.broken).toEqual([
      '/dead-link/: /bestaat-niet/ leads nowhere',
      '/dead-link/: /#geen-anker has no element with id "geen-anker"',
    ]);
  });
});

describe('size budgets', () => {
  it(`every page's HTML plus its CSS fits in ${PAGE_BUDGET} bytes gzipped`, () => {
    // The whole brochure on one page (/<lang>/pakket/brochure/alles/) is ten chapters in one
    // document, made to be saved or printed; it has a budget of its own below.
    const sizes = measurePages(distDir).filter((size) => !size.page.endsWith('/alles/')).sort((a, b) => b.bytes - a.bytes);
    const largest = sizes[0]!;
    console.log(`Budget: largest page ${largest.page} is ${largest.bytes} bytes (HTML + CSS, gzip) of ${PAGE_BUDGET}`);
    expect(sizes.filter((size) => size.bytes > PAGE_BUDGET).map((size) => `${size.page}: ${size.bytes} bytes`)).toEqual([]);
  });
  it(`the whole brochure on one page fits in ${2 * PAGE_BUDGET} bytes gzipped`, () => {
    const sizes = measurePages(distDir).filter((size) => size.page.endsWith('/alles/'));
    expect(sizes.length).toBeGreaterThan(0);
    console.log(`Budget: whole brochure, largest ${Math.max(...sizes.map((size) => size.bytes))} bytes of ${2 * PAGE_BUDGET}`);
    expect(sizes.filter((size) => size.bytes > 2 * PAGE_BUDGET).map((size) => `${size.page}: ${size.bytes} bytes`)).toEqual([]);
  });
  it('fails on a page over budget', () => {
    const over = measurePages(broken).filter((size) => size.bytes > PAGE_BUDGET).map((size) => size.page);
    expect(over).toEqual(['/over-budget/']);
  });
  it('ships zero bytes of JavaScript on pages without interaction', () => {
    const sizes = measurePages(distDir);
    const withScript = sizes.filter((size) => size.scripts.length > 0);
    for (const size of withScript) console.log(`JavaScript: ${size.page} loads ${size.scriptBytes} bytes gzipped`);
    expect(withScript.filter((size) => !INTERACTIVE.some((pattern) => pattern.test(size.page))).map((size) => size.page)).toEqual([]);
  });
});

describe('images', () => {
  it('are SVG, AVIF or WebP, with width and height, never far larger than shown', async () => {
    const report = await checkImages(distDir);
    console.log(`Images: ${report.images} checked, ${report.problems.length} problems`);
    expect(report.images).toBeGreaterThan(0);
    expect(report.problems.join('\n')).toBe('');
  });
  it('fail on a PNG without width and height', async () => {
    expect((await checkImages(broken)).problems).toEqual([
      '/png-image/: /_astro/photo.png has no width and height',
      '/png-image/: /_astro/photo.png is .png; expected SVG, AVIF or WebP',
    ]);
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
  it('covers every inline script in the built pages', () => {
    expect(checkInlineScripts(distDir, policy)).toEqual([]);
  });
  it('fails on an inline script without its hash', () => {
    expect(checkInlineScripts(broken, policyOf(path.join(broken, '_headers')))).toEqual([
      expect.stringMatching(/^\/inline-script\/: inline script without its hash 'sha256-/),
    ]);
  });
});
