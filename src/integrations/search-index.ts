// After `astro build`: the search index (Pagefind), one per language by <html lang>, written
// to <outDir>/pagefind/. Every build makes it (npm run build, npm test, the fixture builds), so
// the search page never meets a missing or stale index. What is indexed: src/search/index-rules.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { minify } from 'vite';
import { createIndex, close } from 'pagefind';
import { rechunkBundle } from '../search/index-chunks.ts';
import { slimFragments } from '../search/index-fragments.ts';
import { EXCLUDED, prepareForIndex, SEARCH_BUNDLE } from '../search/index-rules.ts';

/** The Pagefind files the site's own search page uses; the rest (Pagefind's UIs, the worker) is removed. */
const KEPT = /^(pagefind\.js|pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|wasm\.[\w-]+\.pagefind|index|fragment|filter)$/;

function pageFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'index.html')
    .sort();
}

export async function writeSearchIndex(out: string): Promise<{ pages: number; languages: number }> {
  const { index, errors } = await createIndex({ excludeSelectors: EXCLUDED });
  if (!index) throw new Error(`Search index (Pagefind) could not start: ${errors.join('; ')}`);
  try {
    // Each page is handed to Pagefind (its own process) without waiting for the one before:
    // Pagefind indexes a page while this process prepares the next one. The calls are sent in
    // the same order as before, one page after the other, so the index is the same.
    const added: Promise<void>[] = [];
    for (const file of pageFiles(out)) {
      const url = `/${path.dirname(file).split(path.sep).join('/')}/`.replace(/^\/\.\/$/, '/');
      const content = prepareForIndex(fs.readFileSync(path.join(out, file), 'utf8'), url);
      if (!content) continue;
      const adding = index.addHTMLFile({ url, content }).then(({ errors: failed }) => {
        if (failed.length) throw new Error(`Search index: ${path.join(out, file)}: ${failed.join('; ')}`);
      });
      // Handled by Promise.all below; this keeps an early failure from counting as unhandled meanwhile.
      adding.catch(() => {});
      added.push(adding);
    }
    await Promise.all(added);
    const bundle = path.join(out, SEARCH_BUNDLE);
    fs.rmSync(bundle, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Search index: ${written.errors.join('; ')}`);
    for (const file of fs.readdirSync(bundle)) if (!KEPT.test(file)) fs.rmSync(path.join(bundle, file), { recursive: true });
    // A query then downloads a few kilobytes of index rather than Pagefind's 30 KB chunks,
    // and each result's fragment without the folded forms and unused anchors. The two touch
    // different files, so they run side by side (their gzip work on Node's thread pool);
    // Pagefind's script is shipped readable, minified it is 2 KB (gzip) smaller.
    const script = path.join(bundle, 'pagefind.js');
    await Promise.all([rechunkBundle(bundle), slimFragments(bundle), minifyScript(script)]);
    const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8'));
    return { pages: added.length, languages: Object.keys(entry.languages).length };
  } finally {
    await close();
  }
}

async function minifyScript(script: string): Promise<void> {
  const minified = await minify('pagefind.js', await fs.promises.readFile(script, 'utf8'), { module: true });
  if (minified.errors.length) throw new Error(`Search index: pagefind.js could not be minified: ${minified.errors.map((error) => error.message).join('; ')}`);
  await fs.promises.writeFile(script, minified.code);
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, languages } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`${pages} pages in ${languages} languages indexed in ${((performance.now() - started) / 1000).toFixed(1)} s (${SEARCH_BUNDLE})`);
      },
    },
  };
}
