// Prints the PDFs that pages declare (`pdfs:` in the Dutch source) with Chromium, after
// `astro build`: dist/downloads/<lang>/<file>, as listed in dist/downloads/index.json.
// A4/A5, fonts embedded by Chromium, page numbers and the page's address in the footer.
//
// Only what changed is printed: each PDF is kept outside dist/ (which `astro build` empties),
// in the PDF cache (src/site-env.ts), beside the hash of what it is printed from (the page's
// HTML, which names its hashed stylesheets, scripts and images; the footer; the paper; this
// script; the browser). A PDF whose hash is unchanged is copied back instead of printed, so a
// rebuild that changes nothing prints nothing. The others are printed side by side, one tab per
// core (os.availableParallelism(), or PDF_TABS). The stage reports its own time.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LOCAL_SITE_URL_WARNING, PDF_PROOF_MARK, outDir as dist, pdfCacheDir, printSiteUrl } from '../src/site-env.ts';

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Paper margins per format. */
const MARGINS = {
  A4: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
  A5: { top: '12mm', bottom: '16mm', left: '12mm', right: '12mm' },
};

/**
 * The footer of every page: where the page is published (the address a reader can type), or,
 * for a build without a public address, the proof mark and the path (never localhost); and
 * the page number.
 */
export function footerTemplate({ lang, dir, printedFrom, source }, siteUrl = printSiteUrl) {
  const where = siteUrl
    ? `<span lang="${printedFrom.lang}">${escapeHtml(printedFrom.text)}</span> <span dir="ltr">${escapeHtml(new URL(source, `${siteUrl}/`).href)}</span>`
    : `<span lang="en" dir="ltr"><b>${escapeHtml(PDF_PROOF_MARK)}</b> ${escapeHtml(source)}</span>`;
  return `<div lang="${lang}" dir="${dir}" style="width:100%;margin:0 12mm;font-size:7.5pt;font-family:sans-serif;display:flex;justify-content:space-between;gap:6mm"><span>${where}</span><span dir="ltr"><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}

/** What Chromium is given for one PDF, besides the page. */
export const pdfOptions = (pdf, siteUrl = printSiteUrl) => ({
  format: pdf.format,
  margin: MARGINS[pdf.format],
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate: footerTemplate(pdf, siteUrl),
  tagged: true,
  outline: true,
});

/** The browser that prints: its path and the file's size and time, without starting it. */
function browserStamp(chromium, launchOptions) {
  const file = launchOptions.executablePath ?? chromium.executablePath();
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return `${file}:${stat?.size ?? 0}:${stat?.mtimeMs ?? 0}`;
}

/** The hash a PDF is printed from: the page's HTML as built, the options and cover, these scripts and the browser. */
export function pdfHash(html, options, stamp = '') {
  return crypto
    .createHash('sha256')
    .update(html)
    .update('\0')
    .update(JSON.stringify(options))
    .update('\0')
    .update(fs.readFileSync(new URL(import.meta.url)))
    .update(fs.readFileSync(new URL('./pdf-cover.mjs', import.meta.url)))
    .update('\0')
    .update(stamp)
    .digest('hex');
}

/** The cached copy of a PDF and the hash beside it. */
const cached = (pdf, cacheDir) => ({ file: path.join(cacheDir, pdf.href), hash: path.join(cacheDir, `${pdf.href}.sha256`) });

export async function makePdfs({ outDir = dist, cacheDir = pdfCacheDir, tabs = Number(process.env.PDF_TABS) || os.availableParallelism() } = {}) {
  const started = performance.now();
  const manifest = path.join(outDir, 'downloads/index.json');
  if (!fs.existsSync(manifest)) throw new Error(`${manifest}: missing; run astro build first (src/pages/downloads/index.json.ts writes it)`);
  const jobs = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  const missing = jobs.filter((pdf) => !fs.existsSync(path.join(outDir, pdf.source, 'index.html')));
  if (missing.length) throw new Error(`PDFs whose page was not built: ${missing.map((pdf) => `${pdf.href} from ${pdf.source}`).join(', ')}`);
  // No PDF declared: the pages and the offline pack, as `astro build` wrote them, are final.
  if (!jobs.length) {
    console.log('PDFs: none declared by the pages');
    return { printed: 0, reused: 0 };
  }
  const result = await printPdfs({ outDir, cacheDir, tabs, jobs, started });
  // No Chromium: nothing printed, and nothing counted or listed (as before the PDFs are there).
  if (!result) return { printed: 0, reused: 0 };
  // Loaded here, not at the top: a build without PDFs does not wait for them.
  const { fillDownloadMeta } = await import('./pdf-meta.mjs');
  const { writeOfflinePack } = await import('../src/offline/offline-pack.ts');
  const filled = fillDownloadMeta(outDir, jobs);
  console.log(`PDFs: size and page count written on ${filled} download links`);
  // The offline pack stores the PDFs too, and the pages just changed: count and list them again.
  const packs = writeOfflinePack(outDir);
  if (packs.length) console.log(`Offline pack: ${packs.length} languages, with their PDFs, in ${path.relative(process.cwd(), path.join(outDir, 'sw.js'))}`);
  if (LOCAL_SITE_URL_WARNING) console.warn(LOCAL_SITE_URL_WARNING);
  return result;
}

/** Prints (or copies back) the PDFs of `jobs`. Playwright and the printing modules are loaded only here: a site without PDFs does not wait for them. */
async function printPdfs({ outDir, cacheDir, tabs, jobs, started }) {
  const [{ chromium }, { hasChromium, launchOptions }, { addCover, coverCss }, { createSiteServer }] = await Promise.all([
    import('@playwright/test'),
    import('./browser.mjs'),
    import('./pdf-cover.mjs'),
    import('./serve.mjs'),
  ]);
  if (!(await hasChromium())) {
    console.warn(
      'PDFs skipped: no Chromium found. Install one (Debian: apt-get install chromium fonts-noto-core; elsewhere: npx playwright install chromium) and build again.',
    );
    return null;
  }
  if (!printSiteUrl) {
    const line = '!'.repeat(78);
    console.warn(
      `${line}\n!! ${PDF_PROOF_MARK}.\n!! These PDFs are proofs: their pages show paths, not the site's address. Never hand them out.\n!! To print them for readers: SITE_URL=https://… npm run build:deploy\n${line}`,
    );
  }
  const stamp = browserStamp(chromium, launchOptions);
  // Copy back every PDF whose source is unchanged; the rest is printed.
  const toPrint = [];
  let reused = 0;
  for (const pdf of jobs) {
    const options = pdfOptions(pdf);
    const hash = pdfHash(fs.readFileSync(path.join(outDir, pdf.source, 'index.html')), { ...options, cover: pdf.cover }, stamp);
    const copy = cached(pdf, cacheDir);
    const target = path.join(outDir, pdf.href);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (fs.existsSync(copy.file) && fs.existsSync(copy.hash) && fs.readFileSync(copy.hash, 'utf8') === hash) {
      fs.copyFileSync(copy.file, target);
      reused += 1;
    } else toPrint.push({ pdf, options, hash, copy, target });
  }
  const workers = Math.max(1, Math.min(tabs, toPrint.length));
  if (toPrint.length) {
    const server = createSiteServer(outDir);
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${server.address().port}`;
    const browser = await chromium.launch(launchOptions);
    // The cover's styles are added to the page, which its own CSP would refuse.
    const context = await browser.newContext({ bypassCSP: true });
    const queue = [...toPrint];
    try {
      const work = async () => {
        const page = await context.newPage();
        await page.emulateMedia({ media: 'print' });
        for (let job = queue.shift(); job; job = queue.shift()) {
          await page.goto(`${base}${job.pdf.source}`, { waitUntil: 'load' });
          // print.css leaves out, in a PDF only, what each page's own footer already says.
          await page.evaluate(() => globalThis.document.documentElement.classList.add('pdf'));
          if (job.pdf.cover) {
            await page.addStyleTag({ content: coverCss });
            await page.evaluate(addCover, job.pdf.cover);
          }
          await page.pdf({ path: job.target, ...job.options });
          // Kept only if the page did not change while it was printed (another build in the same folder).
          const html = fs.readFileSync(path.join(outDir, job.pdf.source, 'index.html'));
          if (pdfHash(html, { ...job.options, cover: job.pdf.cover }, stamp) === job.hash) {
            fs.mkdirSync(path.dirname(job.copy.file), { recursive: true });
            fs.copyFileSync(job.target, job.copy.file);
            fs.writeFileSync(job.copy.hash, job.hash);
          }
        }
        await page.close();
      };
      await Promise.all(Array.from({ length: workers }, work));
    } finally {
      await browser.close();
      server.close();
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `PDFs: ${toPrint.length} printed${toPrint.length ? ` (${workers} ${workers === 1 ? 'tab' : 'tabs'})` : ''}, ${reused} unchanged (copied from ${path.relative(process.cwd(), cacheDir)}/), in ${seconds} s, to ${path.relative(process.cwd(), path.join(outDir, 'downloads'))}/`,
  );
  return { printed: toPrint.length, reused };
}

if (import.meta.url === `file://${process.argv[1]}`) await makePdfs();
