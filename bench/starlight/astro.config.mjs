// A minimal Astro Starlight site over the benchmark corpus (src/content/docs, written by
// bench/corpus.mjs): the ten languages under /<lang>/, Starlight's defaults otherwise
// (a sidebar of every page, Pagefind search in the header).
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { LANG_LABELS, RTL } from '../corpus.mjs';

export default defineConfig({
  site: 'http://localhost:4321',
  outDir: process.env.BENCH_OUT_DIR || 'dist',
  cacheDir: process.env.BENCH_CACHE_DIR || 'node_modules/.astro',
  integrations: [
    starlight({
      title: 'Migreren naar Vlaanderen',
      defaultLocale: 'nl',
      locales: Object.fromEntries(Object.entries(LANG_LABELS).map(([lang, label]) => [lang, { label, lang, dir: RTL.has(lang) ? 'rtl' : 'ltr' }])),
    }),
  ],
});
