// Measures in the system Chromium: the bytes of the first search query (counted from the
// network once the page has loaded) and Lighthouse's mobile scores.
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { launchOptions, systemChromium } from '../scripts/browser.mjs';
import { createSiteServer } from '../scripts/serve.mjs';

/** Serves a built folder the way `npm start` does (no compression) on a free port; returns { base, close }. */
export async function serve(dir) {
  const server = createSiteServer(dir);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

const TEXT = /^(text\/|application\/(javascript|json|xml|wasm))/;

/**
 * Bytes fetched for the first search for a word: every request from opening the page until the
 * results are listed, less the page's own first-visit files (`pageFiles`, URL paths), so what a
 * site loads for search on idle counts too. Raw as sent (the local server does not compress)
 * and as a server that gzips text would send them (.pagefind and .pf_* files are gzip already).
 * `search` types the word into the site's own search UI.
 */
export async function firstQueryBytes(url, pageFiles, search) {
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage();
    const requests = [];
    page.on('requestfinished', (request) => requests.push(request));
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120000 });
    await search(page);
    await page.waitForTimeout(1000);
    const result = { requests: 0, raw: 0, gzip: 0 };
    for (const request of requests) {
      const { pathname } = new URL(request.url());
      if (pageFiles.includes(pathname)) continue;
      const response = await request.response();
      const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
      const compressible = TEXT.test(response?.headers()['content-type'] ?? '') && !/\.(pagefind|pf_\w+)$/.test(pathname);
      result.requests++;
      result.raw += body.length;
      result.gzip += compressible ? zlib.gzipSync(body, { level: 9 }).length : body.length;
    }
    return result;
  } finally {
    await browser.close();
  }
}

/** This site's search page: the word into its search field, until results are listed. */
export const siteSearch = (word) => async (page) => {
  await page.fill('#search-q', word, { timeout: 60000 });
  await page.locator('[data-results] li').first().waitFor({ timeout: 60000 });
};

/** Starlight: open the search dialog from the header, type, until results are listed. */
export const starlightSearch = (word) => async (page) => {
  // The button opens the dialog once Starlight's <site-search> element is defined.
  await page.waitForFunction("customElements.get('site-search') !== undefined", undefined, { timeout: 60000 });
  await page.click('button[data-open-modal]');
  await page.fill('.pagefind-ui__search-input', word, { timeout: 60000 });
  await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 60000 });
};

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Lighthouse's mobile scores (0–100) of each URL, in one Chromium started by chrome-launcher:
 * `runs` rounds over every URL in turn (so a busy moment weighs on both sites alike), and per
 * URL the round with the median performance score, with every round's performance score.
 */
export async function lighthouseScores(urls, runs = 3) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: systemChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const rounds = Object.fromEntries(urls.map((url) => [url, []]));
  try {
    for (let round = 0; round < runs; round++) {
      for (const url of urls) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
        const { categories, audits, environment } = result.lhr;
        rounds[url].push({
          ...Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((categories[category].score ?? 0) * 100)])),
          // How the page's time was spent, and how fast Lighthouse found the machine (a loaded machine scores low).
          lcp: audits['largest-contentful-paint'].displayValue,
          tbt: audits['total-blocking-time'].displayValue,
          benchmarkIndex: Math.round(environment.benchmarkIndex),
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return Object.fromEntries(
    Object.entries(rounds).map(([url, scores]) => {
      const median = [...scores].sort((a, b) => a.performance - b.performance)[Math.floor(scores.length / 2)];
      return [url, { ...median, performanceRuns: scores.map((score) => score.performance) }];
    }),
  );
}
