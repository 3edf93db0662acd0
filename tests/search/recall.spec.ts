// Recall@3 of the query set (queries.ts) through the search page itself, in Chromium: each
// query typed into the page's field and submitted, the first three results read from the
// list, as a reader sees them (the page folds the query, see src/search/search-forms.ts, and
// leaves out results that only match a short word that begins a query word). One load of each
// language's search page; fails below 0.9 for any language.
import { expect, test } from '@playwright/test';
import { QUERIES } from './queries';

const MIN_RECALL = 0.9;

test('the query set finds its pages in the first three results, in every language', async ({ page }) => {
  // About 150 queries and ten page loads, on a machine that may be busy.
  test.setTimeout(240_000);
  const rows: string[] = [];
  const low: string[] = [];
  for (const [lang, queries] of Object.entries(QUERIES)) {
    expect(queries.length, `${lang}: at least 12 queries`).toBeGreaterThanOrEqual(12);
    await page.goto(`/${lang}/zoeken/`);
    let score = 0;
    const misses: string[] = [];
    for (const query of queries) {
      await page.evaluate((q) => {
        document.querySelector<HTMLInputElement>('#search-q')!.value = q;
        document.querySelector<HTMLFormElement>('[data-search] form')!.requestSubmit();
      }, query.q);
      // The page sets the query in its address at once, and marks the list busy until the results are shown.
      await page.waitForFunction(
        (q) => new URLSearchParams(location.search).get('q') === q && document.querySelector('[data-results]')!.getAttribute('aria-busy') !== 'true',
        query.q,
        { timeout: 20_000 },
      );
      const top = await page
        .locator('[data-results] > li > a')
        .evaluateAll((links) => links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      const wanted = query.top3.map((slug) => `/${lang}/${slug}/`);
      if (wanted.some((url) => top.includes(url))) score++;
      else misses.push(`"${query.q}"${query.kind ? ` (${query.kind})` : ''} → ${top.join(', ') || 'nothing'}`);
    }
    const recall = score / queries.length;
    rows.push(`${lang}  recall@3 ${recall.toFixed(2)}  (${queries.length} queries)${misses.length ? `  missed: ${misses.join('; ')}` : ''}`);
    if (recall < MIN_RECALL) low.push(`${lang}: ${recall.toFixed(2)}`);
  }
  console.log(`Search recall@3 per language:\n  ${rows.join('\n  ')}`);
  expect(low, `languages below ${MIN_RECALL}`).toEqual([]);
});
