// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { pageLinks } from './src/markdown/page-links';
import { contentStatus } from './src/integrations/content-status';
import { language404 } from './src/integrations/language-404';
import { DEFAULT_LOCALE } from './src/i18n/config';
import { localeCodes } from './src/i18n/locales';

// The public address of the site, for canonical links, hreflang and the sitemap.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Fixture builds in tests run side by side, each with its own cache.
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets: cached across pages and allowed by a strict CSP without 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  i18n: {
    locales: localeCodes,
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // MDX inherits the Markdown processor and its plugins.
  markdown: { processor: satteri({ hastPlugins: [pageLinks()] }) },
  integrations: [mdx(), language404(), contentStatus()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Never inline scripts or assets: the CSP allows scripts from files only ('self').
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module starts with a harmless directive that Rolldown warns about.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
