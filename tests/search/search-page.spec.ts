// The search page in Chromium: an Arabic reader searches from the header with the keyboard
// only, hears the number of results (live region), sees them right-to-left and follows one;
// the bytes of the first query on /ar/zoeken/ and /nl/zoeken/, as nginx would send them
// (deploy/nginx.conf compresses text types with gzip; Pagefind's index files are gzip already);
// and without JavaScript the page lists every page of its language.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test, type Page, type Response } from '@playwright/test';
import { distDir } from '../support/dist';

/**
 * Everything the search page loads for its first query, compressed as in production. The
 * issue's goal was 100 KB; Pagefind 1.6 alone needs more: its WebAssembly (59 KB, stemmer
 * included), pagefind.js (13 KB) and the language's index chunk (30–36 KB: the whole index of
 * a language of this site is one or two chunks) come to 102–108 KB before the first result's
 * text. Measured on 2026-12-02: /nl/ 124 KB, /ar/ 175 KB (after five more chapters: two index chunks). This budget keeps it from growing.
 */
const FIRST_QUERY_BUDGET = 180 * 1024;
/** The site's own search script, gzip. */
const OWN_SCRIPT_BUDGET = 5 * 1024;
/** Loading Pagefind and its WebAssembly on a busy machine can take seconds. */
const SEARCHED = { timeout: 20_000 };
const COMPRESSED_TYPES = /^(text\/|application\/(javascript|json|xml|manifest\+json|wasm)|image\/svg\+xml)/;

interface Transfer {
  url: string;
  bytes: number;
}

/** Records every response of the page from now on; `total()` once the page has settled. */
function recordTransfers(page: Page) {
  const pending: Promise<Transfer>[] = [];
  page.on('response', (response: Response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          const type = response.headers()['content-type'] ?? '';
          const bytes = COMPRESSED_TYPES.test(type) && body.length >= 256 ? zlib.gzipSync(body, { level: 6 }).length : body.length;
          return { url: new URL(response.url()).pathname, bytes };
        })
        .catch(() => ({ url: new URL(response.url()).pathname, bytes: 0 })),
    );
  });
  return async () => {
    const transfers = await Promise.all(pending);
    return { transfers, bytes: transfers.reduce((sum, { bytes }) => sum + bytes, 0) };
  };
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const report = (lang: string, { transfers, bytes }: { transfers: Transfer[]; bytes: number }) =>
  console.log(
    `First query on /${lang}/zoeken/: ${(bytes / 1024).toFixed(1)} KB as nginx sends it, in ${transfers.length} responses\n  ${transfers
      .map(({ url, bytes: size }) => `${(size / 1024).toFixed(1).padStart(5)} KB  ${url}`)
      .join('\n  ')}`,
  );

test('an Arabic reader searches from the header with the keyboard, hears the count, reads right-to-left and follows a result', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await page.goto('/ar/');
  // Keyboard only: Tab to the header's search field.
  for (let step = 0; step < 10 && !(await page.evaluate(() => document.activeElement?.getAttribute('name') === 'q')); step++) await page.keyboard.press('Tab');
  await page.keyboard.type('الطبيب');
  const total = recordTransfers(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ar\/zoeken\/\?q=/);
  const status = page.getByRole('status');
  await expect(status).toHaveText(/الطبيب.*[0-9٠-٩]/, SEARCHED);
  const results = page.locator('[data-results] > li');
  await expect(results.first()).toBeVisible();
  expect(await results.first().evaluate((item) => getComputedStyle(item).direction)).toBe('rtl');
  await expect(results.first().locator('a').first()).toHaveText(/[\u0600-\u06FF]/);
  await page.waitForLoadState('networkidle');
  const measured = await total();
  report('ar', measured);
  const own = measured.transfers.filter(({ url }) => url.startsWith('/_astro/') && url.endsWith('.js'));
  console.log(`The site's own search script: ${own.map(({ url, bytes }) => `${url} ${bytes} bytes (gzip)`).join(', ')}`);
  expect(own.length).toBeGreaterThan(0);
  for (const { bytes } of own) expect(bytes).toBeLessThanOrEqual(OWN_SCRIPT_BUDGET);
  expect(measured.bytes).toBeLessThanOrEqual(FIRST_QUERY_BUDGET);
  // Keyboard only: Tab from the search field to the first result and follow it.
  const first = await results.first().locator('a').first().getAttribute('href');
  await page.locator('#search-q').focus();
  for (let step = 0; step < 10 && !(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-results]')))); step++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${first!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  expect(errors).toEqual([]);
});

test('a Dutch reader’s first query stays within its budget', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  const total = recordTransfers(page);
  await page.goto('/nl/zoeken/?q=huisarts');
  await expect(page.locator('[data-results] > li').first()).toBeVisible(SEARCHED);
  await page.waitForLoadState('networkidle');
  const measured = await total();
  report('nl', measured);
  expect(measured.bytes).toBeLessThanOrEqual(FIRST_QUERY_BUDGET);
  expect(errors).toEqual([]);
});

// Every page of the language as the sitemap lists it (the pages of content/<lang>/), but the
// search page itself; the views built from data (filtered lists, checker steps) are reached
// from their page.
test('without JavaScript the search page lists every page of its language', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('/ar/zoeken/?q=الطبيب');
  await expect(page.locator('.site-search__form')).toBeHidden();
  const listed = (await page.locator('.site-search__index a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).sort();
  const sitemap = fs.readFileSync(path.join(distDir, 'sitemap.xml'), 'utf8');
  const pages = [...sitemap.matchAll(/<loc>[^<]*?(\/ar\/[^<]*)<\/loc>/g)]
    .map((match) => match[1]!)
    .filter((href) => href !== '/ar/zoeken/')
    .sort();
  expect(pages.length).toBeGreaterThan(10);
  expect(listed).toEqual(pages);
  await context.close();
});
