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
 * Everything the search page loads for its first query, compressed as in production: the
 * issue's goal. Pagefind's part is fixed at about 72 KB (its WebAssembly 59 KB, stemmer
 * included; pagefind.js 11 KB, minified by the build); the page with its styles and script
 * about 10 KB; what remains is for the index and the first page of results. The build cuts
 * the index into chunks of about 3 KB (src/search/index-chunks.ts; Pagefind's own are about
 * 30 KB) and leaves the folded forms and unused anchors out of the results' fragments
 * (index-fragments.ts); the page loads the fragments of three results at a time.
 * Measured on 2026-12-02: /nl/ 122 KB and /ar/ 172 KB before, see the test's output after.
 */
const FIRST_QUERY_BUDGET = 100 * 1024;
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

/** What a response is, for the breakdown. */
const KINDS: [string, RegExp][] = [
  ['page', /\/zoeken\/$/],
  ['styles', /\.css$/],
  ['site script', /^\/_astro\/.*\.js$/],
  ['pagefind.js', /\/pagefind\.js$/],
  ['WebAssembly', /\/wasm\.[\w-]+\.pagefind$/],
  ['entry and metadata', /\/pagefind(-entry\.json|\.[\w-]+\.pf_meta)$/],
  ['index chunks', /\.pf_index$/],
  ['fragments', /\.pf_fragment$/],
];
const kindOf = (url: string) => KINDS.find(([, pattern]) => pattern.test(url))?.[0] ?? 'other';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(5)} KB`;

const report = (lang: string, { transfers, bytes }: { transfers: Transfer[]; bytes: number }) => {
  const kinds = new Map<string, { bytes: number; count: number }>();
  for (const { url, bytes: size } of transfers) {
    const kind = kinds.get(kindOf(url)) ?? { bytes: 0, count: 0 };
    kinds.set(kindOf(url), { bytes: kind.bytes + size, count: kind.count + 1 });
  }
  console.log(
    `First query on /${lang}/zoeken/: ${(bytes / 1024).toFixed(1)} KB as nginx sends it (budget ${FIRST_QUERY_BUDGET / 1024} KB), in ${transfers.length} responses\n  ${[
      ...kinds,
    ]
      .map(([kind, { bytes: size, count }]) => `${kb(size)}  ${kind} (${count})`)
      .join('\n  ')}\n  each:\n  ${transfers.map(({ url, bytes: size }) => `${kb(size)}  ${url}`).join('\n  ')}`,
  );
};

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
  // Keyboard only: Tab from where the page starts to the first result and follow it.
  const first = await results.first().locator('a').first().getAttribute('href');
  for (let step = 0; step < 40 && !(await page.evaluate(() => Boolean(document.activeElement?.closest('[data-results]')))); step++)
    await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
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

// A word of the Dutch pages only: Bulgarian pages have none (Pagefind would still return
// pages for the short words that begin it, "a" for "advocaat", which the page leaves out).
test('when nothing is found in the reader’s language, the Dutch and English results are offered, labelled with their language', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = watchErrors(page);
  await page.goto('/bg/zoeken/?q=advocaat');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^На този език няма нищо, но има резултати на друг език:.*advocaat/, SEARCHED);
  const results = page.locator('[data-results] > li');
  await expect(results.first()).toBeVisible();
  for (const item of await results.all()) {
    const lang = await item.getAttribute('lang');
    expect(['nl', 'en']).toContain(lang);
    await expect(item.locator('.site-search__lang')).toHaveText(lang === 'nl' ? 'Nederlands' : 'English');
    await expect(item.locator('a').first()).toHaveAttribute('href', new RegExp(`^/${lang}/`));
  }
  await expect(results.filter({ has: page.locator('a[href^="/nl/"]') }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

// Every page of the language as the sitemap lists it (the pages of content/<lang>/ and the
// testimonial stories), but the search page itself; the views built from data (filtered lists,
// checker steps) are reached from their page. Stories told in another language are listed too
// (the sitemap leaves them out: their text is not in the reader's language).
test('without JavaScript the search page lists every page of its language', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  const sitemap = fs.readFileSync(path.join(distDir, 'sitemap.xml'), 'utf8');
  for (const lang of ['ar', 'nl']) {
    await page.goto(`/${lang}/zoeken/?q=dokter`);
    await expect(page.locator('.site-search__form')).toBeHidden();
    await expect(page.locator('[data-more]')).toBeHidden();
    const listed = (await page.locator('.site-search__index a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))).sort();
    const story = new RegExp(`^/${lang}/getuigenissen/[^/]+/$`);
    const pages = [...sitemap.matchAll(new RegExp(`<loc>https?://[^/<]+(/${lang}/[^<]*)</loc>`, 'g'))]
      .map((match) => match[1]!)
      .filter((href) => href !== `/${lang}/zoeken/`)
      .filter((href) => !new RegExp(`^/${lang}/getuigenissen/[^/]+/[^/]+/$`).test(href))
      .sort();
    expect(pages.filter((href) => story.test(href)).length).toBeGreaterThan(0);
    expect(pages.length).toBeGreaterThan(10);
    expect(listed, lang).toEqual(expect.arrayContaining(pages));
    for (const extra of listed.filter((href) => !pages.includes(href))) {
      expect(extra, lang).toMatch(story);
      expect(fs.existsSync(path.join(distDir, extra, 'index.html')), extra).toBe(true);
    }
  }
  await context.close();
});
