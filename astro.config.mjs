// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { contentMedia } from './src/markdown/content-media';
import { contentSafety } from './src/markdown/content-safety';
import { pageLinks } from './src/markdown/page-links';
import { bidiIsolation } from './src/markdown/bidi';
import { textLanguage } from './src/markdown/text-language';
import { contentStatus } from './src/integrations/content-status';
import { language404 } from './src/integrations/language-404';
import { siteUrlWarning } from './src/integrations/site-url-warning';
import { searchIndex } from './src/integrations/search-index';
import { offlinePack } from './src/integrations/offline-pack';
import { unusedAssets } from './src/integrations/unused-assets';
import { DEFAULT_LOCALE } from './src/i18n/config';
import { localeCodes } from './src/i18n/locales';
import { cacheDir, outDir, printSiteUrl, siteUrl } from './src/site-env.ts';

/** The styles of the frame every content page has: src/styles and these components' <style>. */
const SHARED_STYLES =
  /[\\/]src[\\/](styles[\\/][^?]+\.css$|(layouts|components[\\/](Head|SkipLink|SiteHeader|LanguageSwitcher|SiteFooter|Article|Illustration|KeyWords|PageMeta|Pictogram|FallbackNotice|StatusNotice|PageList|ChapterNav))[\\/][^?]+\.astro\?astro&type=style)/;

export default defineConfig({
  site: siteUrl,
  output: 'static',
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Scoped styles as one extra class, not a data-astro-cid-… attribute on every element: fewer bytes per page.
  scopedStyleStrategy: 'class',
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
  // MDX inherits the Markdown processor and its plugins: refuse unsafe content and images that
  // do not exist, then fix links and ids, then isolate Latin-script paths and addresses in
  // right-to-left pages, and tell the site's text components (<Election />) the language of
  // the file they are in.
  markdown: {
    // No code on these pages; Shiki's colours would be inline styles, which the CSP refuses.
    syntaxHighlight: false,
    processor: satteri({
      hastPlugins: [
        contentSafety(),
        contentMedia({ publicDir: fileURLToPath(new URL('./public/', import.meta.url)) }),
        pageLinks(),
        bidiIsolation(),
        textLanguage(),
      ],
    }),
  },
  // The offline pack writes its size into its pages; the search index is written last, over
  // the pages as they are finally placed.
  integrations: [mdx(), language404(), contentStatus(), siteUrlWarning(), unusedAssets(), offlinePack(), searchIndex()],
  // The testimonials' portraits are SVG drawings of this repository (src/assets/portraits/),
  // rasterised to AVIF/WebP; no SVG from elsewhere is ever processed.
  image: { dangerouslyProcessSVG: true },
  devToolbar: { enabled: false },
  vite: {
    plugins: [
      {
        // Links print their full address: the site's public one goes into the print styles
        // (src/styles/print.css); without one (a local build) paper shows paths, never localhost.
        name: 'print-site-url',
        enforce: 'pre',
        transform(code, id) {
          if (!id.split('?')[0]?.endsWith('/src/styles/print.css')) return undefined;
          return code.replace("--print-site-url: '';", `--print-site-url: ${JSON.stringify(printSiteUrl ?? '')};`);
        },
      },
    ],
    build: {
      // Never inline scripts or assets: the CSP allows scripts from files only ('self').
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          // One shared stylesheet for the frame of every page (global.css, header, article,
          // footer, page lists): without this group Rolldown splits it into one file per set of
          // routes that share a component, and a content page loads four or five of them. A
          // tool's styles stay in the tool's own file (`import … from './Tool.css?url'`), loaded
          // only by the pages that declare the tool (tests/dist/stylesheets.test.ts).
          codeSplitting: { groups: [{ name: (id) => (SHARED_STYLES.test(id) ? 'site' : null) }] },
        },
        onwarn(warning, warn) {
          // Every MDX module starts with a harmless directive that Rolldown warns about.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
