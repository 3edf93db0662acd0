// The environment of a build, read in one place: astro.config.mjs, the site (src/), the
// scripts (plain Node, which strips these types itself) and the tests all import it.
// Tests and fixture builds point the folders elsewhere; a deploy sets SITE_URL.
import path from 'node:path';

/** The variables a build depends on (scripts/test.mjs hashes them to skip unchanged builds). */
export const SITE_ENV_NAMES = ['SITE_URL', 'SITE_OUT_DIR', 'SITE_CONTENT_DIR', 'SITE_LOCALES_DIR', 'SITE_CACHE_DIR'] as const;

/** Where `npm start` serves the site; right for local use only. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** The public address, for canonical links, hreflang, the sitemap and the PDF footers. */
export const siteUrl = process.env.SITE_URL || LOCAL_SITE_URL;
export const outDir = path.resolve(process.env.SITE_OUT_DIR || 'dist');
export const contentDir = path.resolve(process.env.SITE_CONTENT_DIR || 'content');
export const localesDir = path.resolve(process.env.SITE_LOCALES_DIR || 'locales');
// Fixture builds in tests run side by side, each with its own cache.
export const cacheDir = path.resolve(process.env.SITE_CACHE_DIR || 'node_modules/.astro');

/** Said at the end of `npm run build` when SITE_URL is unset, so nobody publishes it unknowingly. */
export const LOCAL_SITE_URL_WARNING = process.env.SITE_URL
  ? undefined
  : `SITE_URL is not set: canonical links, hreflang, the sitemap and the PDF footers point to ${LOCAL_SITE_URL}. ` +
    'Fine on this machine; never publish this build. To publish: SITE_URL=https://… npm run build:deploy';

/**
 * Why a SITE_URL cannot be published (unset, not an http(s) address, or this machine), or
 * undefined when it can.
 */
export function deployUrlProblem(value: string | undefined): string | undefined {
  if (!value) return 'SITE_URL is not set.';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL "${value}" is not an address; expected e.g. https://example.be`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_URL "${value}" is not an http(s) address.`;
  if (/^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$/.test(url.hostname) || url.hostname.endsWith('.localhost')) {
    return `SITE_URL "${value}" is this machine; readers and search engines cannot open it.`;
  }
  return undefined;
}

/**
 * The address printed on paper (PDF footers and covers, link addresses in print), or undefined
 * when the build has no address a reader could type (SITE_URL unset or this machine): paper then
 * shows paths only and the PDFs are marked as proofs, never `localhost`.
 */
export const printSiteUrl = deployUrlProblem(process.env.SITE_URL) ? undefined : siteUrl.replace(/\/+$/, '');

/** Where the PDF stage keeps each printed PDF with the hash of what it was printed from: outside dist/, which `astro build` empties. */
export const pdfCacheDir = path.join(cacheDir, 'pdfs');

/** What each page footer of a PDF says instead of the address when the build has none to print. */
export const PDF_PROOF_MARK = 'PROOF, NOT FOR DISTRIBUTION: built without SITE_URL';
