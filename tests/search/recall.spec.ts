// Recall@3 of the query set (queries.ts) against the built index, in Chromium, through
// Pagefind's JavaScript API as the search page uses it (the query folded the same way, see
// src/search/search-forms.ts). One browser page; one load of each language's search page,
// because Pagefind keeps one language's WebAssembly per document. Fails below 0.9 for any language.
import { expect, test } from '@playwright/test';
import { fold } from '../../src/search/search-forms';
import { QUERIES } from './queries';

const MIN_RECALL = 0.9;

test('the query set finds its pages in the first three results, in every language', async ({ page }) => {
  // About 150 queries and ten page loads, on a machine that may be busy.
  test.setTimeout(180_000);
  const rows: string[] = [];
  const low: string[] = [];
  for (const [lang, queries] of Object.entries(QUERIES)) {
    expect(queries.length, `${lang}: at least 12 queries`).toBeGreaterThanOrEqual(12);
    await page.goto(`/${lang}/zoeken/`);
    const tops = await page.evaluate(
      async (folded) => {
        const bundle = '/pagefind/pagefind.js';
        const pagefind = await import(bundle);
        const search = pagefind.createInstance({ noWorker: true });
        const found: string[][] = [];
        for (const query of folded) {
          const { results } = await search.search(query);
          found.push((await Promise.all(results.slice(0, 3).map((result: { data(): Promise<{ url: string }> }) => result.data()))).map((data) => data.url));
        }
        return found;
      },
      queries.map((query) => fold(query.q)),
    );
    let score = 0;
    const misses: string[] = [];
    queries.forEach((query, index) => {
      const wanted = query.top3.map((slug) => `/${lang}/${slug}/`);
      const hit = wanted.some((url) => tops[index]!.includes(url)) ? 1 : 0;
      score += hit;
      if (hit < 1) misses.push(`"${query.q}"${query.kind ? ` (${query.kind})` : ''} → ${tops[index]!.join(', ') || 'nothing'}`);
    });
    const recall = score / queries.length;
    rows.push(`${lang}  recall@3 ${recall.toFixed(2)}  (${queries.length} queries)${misses.length ? `  missed: ${misses.join('; ')}` : ''}`);
    if (recall < MIN_RECALL) low.push(`${lang}: ${recall.toFixed(2)}`);
  }
  console.log(`Search recall@3 per language:\n  ${rows.join('\n  ')}`);
  expect(low, `languages below ${MIN_RECALL}`).toEqual([]);
});
