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
 * Bytes fetched by the first search for `word`: raw as sent (the local server does not
 * compress) and as a server that gzips text would send them (.pagefind and .pf_* files are
 * gzip already). `search` types the word into the site's own search UI.
 */
export async function firstQueryBytes(url, search) {
  const browser = await chromium.launch(launchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const responses = [];
    page.on('requestfinished', (request) => responses.push(request));
    await search(page);
    await page.waitForTimeout(1000);
    let raw = 0;
    let gzip = 0;
    for (const request of responses) {
      const response = await request.response();
      const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
      raw += body.length;
      const compressible = TEXT.test(response?.headers()['content-type'] ?? '') && !/\.(pagefind|pf_\w+)$/.test(new URL(request.url()).pathname);
      gzip += compressible ? zlib.gzipSync(body, { level: 9 }).length : body.length;
    }
    return { requests: responses.length, raw, gzip };
  } finally {
    await browser.close();
  }
}

/** This site's search page: the word into its search field, until results are listed. */
export const siteSearch = (word) => async (page) => {
  await page.fill('#search-q', word);
  await page.locator('[data-results] li').first().waitFor({ timeout: 15000 });
};

/** Starlight: open the search dialog from the header, type, until results are listed. */
export const starlightSearch = (word) => async (page) => {
  await page.click('button[data-open-modal]');
  await page.fill('.pagefind-ui__search-input', word);
  await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15000 });
};

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Lighthouse's mobile scores (0–100) of each URL, in one Chromium started by chrome-launcher. */
export async function lighthouseScores(urls) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: systemChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const scores = {};
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      const { categories, audits, environment } = result.lhr;
      scores[url] = {
        ...Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((categories[category].score ?? 0) * 100)])),
        // How the page's time was spent, and how fast Lighthouse found the machine (a loaded machine scores low).
        lcp: audits['largest-contentful-paint'].displayValue,
        tbt: audits['total-blocking-time'].displayValue,
        benchmarkIndex: Math.round(environment.benchmarkIndex),
      };
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
