// After `astro build`: the search index (Pagefind), one per language by <html lang>, written
// to <outDir>/pagefind/. Every build makes it (npm run build, npm test, the fixture builds), so
// the search page never meets a missing or stale index. What is indexed: src/search/index-rules.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { minify } from 'vite';
import { createIndex, close } from 'pagefind';
import { type Bundle, rechunkBundle } from '../search/index-chunks.ts';
import { slimFragments } from '../search/index-fragments.ts';
import { EXCLUDED, prepareForIndex, SEARCH_BUNDLE } from '../search/index-rules.ts';

/** The Pagefind files the site's own search page uses; the rest (Pagefind's UIs, the worker) is left out. */
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
    // The bundle is taken in memory and written once, after the rewrites below: Pagefind's
    // own files (a thousand) are neither written nor read back.
    const files = await index.getFiles();
    if (files.errors.length) throw new Error(`Search index: ${files.errors.join('; ')}`);
    const bundle: Bundle = new Map(files.files.filter((file) => KEPT.test(file.path.split('/')[0]!)).map((file) => [file.path, file.content]));
    // A query then downloads a few kilobytes of index rather than Pagefind's 30 KB chunks,
    // and each result's fragment without the folded forms and unused anchors. Pagefind's
    // script is shipped readable, minified it is 2 KB (gzip) smaller.
    rechunkBundle(bundle);
    slimFragments(bundle);
    await minifyScript(bundle);
    writeBundle(bundle, path.join(out, SEARCH_BUNDLE));
    const entry = JSON.parse(Buffer.from(bundle.get('pagefind-entry.json')!).toString('utf8'));
    return { pages: added.length, languages: Object.keys(entry.languages).length };
  } finally {
    await close();
  }
}

async function minifyScript(bundle: Bundle): Promise<void> {
  const minified = await minify('pagefind.js', Buffer.from(bundle.get('pagefind.js')!).toString('utf8'), { module: true });
  if (minified.errors.length) throw new Error(`Search index: pagefind.js could not be minified: ${minified.errors.map((error) => error.message).join('; ')}`);
  bundle.set('pagefind.js', Buffer.from(minified.code, 'utf8'));
}

/** Writes `bundle` to the folder `dir`, replacing what was there (one file after the other: quicker here than async writes). */
function writeBundle(bundle: Bundle, dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const folder of new Set([...bundle.keys()].map((file) => path.dirname(file)))) fs.mkdirSync(path.join(dir, folder), { recursive: true });
  for (const [file, bytes] of bundle) fs.writeFileSync(path.join(dir, file), bytes);
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
