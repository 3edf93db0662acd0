// Prints the PDFs that pages declare (`pdfs:` in the Dutch source) with Chromium, after
// `astro build`: dist/downloads/<lang>/<file>, as listed in dist/downloads/index.json.
// A4/A5, fonts embedded by Chromium, page numbers and the page's address in the footer.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { hasChromium, launchOptions } from './browser.mjs';
import { fillDownloadMeta } from './pdf-meta.mjs';
import { writeOfflinePack } from '../src/offline/offline-pack.ts';
import { createSiteServer } from './serve.mjs';
import { LOCAL_SITE_URL_WARNING, outDir as dist, siteUrl as site } from '../src/site-env.ts';

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export async function makePdfs() {
  if (!(await hasChromium())) {
    console.warn(
      'PDFs skipped: no Chromium found. Install one (Debian: apt-get install chromium fonts-noto-core; elsewhere: npx playwright install chromium) and build again.',
    );
    return 0;
  }
  const manifest = path.join(dist, 'downloads/index.json');
  if (!fs.existsSync(manifest)) throw new Error(`${manifest}: missing; run astro build first (src/pages/downloads/index.json.ts writes it)`);
  const server = createSiteServer(dist);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(launchOptions);
  const jobs = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  const printed = [...jobs];
  const missing = jobs.filter((pdf) => !fs.existsSync(path.join(dist, pdf.source, 'index.html')));
  if (missing.length) throw new Error(`PDFs whose page was not built: ${missing.map((pdf) => `${pdf.href} from ${pdf.source}`).join(', ')}`);
  let made = 0;
  try {
    const work = async () => {
      const page = await browser.newPage();
      await page.emulateMedia({ media: 'print' });
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const pdf = job;
        const { lang, dir, printedFrom } = pdf;
        const address = new URL(pdf.source, site).href;
        await page.goto(`${base}${pdf.source}`, { waitUntil: 'load' });
        const target = path.join(dist, pdf.href);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        await page.pdf({
          path: target,
          format: pdf.format,
          margin:
            pdf.format === 'A5' ? { top: '12mm', bottom: '16mm', left: '12mm', right: '12mm' } : { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: `<div lang="${lang}" dir="${dir}" style="width:100%;margin:0 12mm;font-size:7.5pt;font-family:sans-serif;display:flex;justify-content:space-between;gap:6mm"><span><span lang="${printedFrom.lang}">${escapeHtml(printedFrom.text)}</span> <span dir="ltr">${escapeHtml(address)}</span></span><span dir="ltr"><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
          tagged: true,
          outline: true,
        });
        made += 1;
      }
      await page.close();
    };
    await Promise.all([work(), work()]);
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`PDFs: ${made} written to ${path.relative(process.cwd(), path.join(dist, 'downloads'))}/`);
  const filled = fillDownloadMeta(dist, printed);
  console.log(`PDFs: size and page count written on ${filled} download links`);
  // The offline pack stores the PDFs too, and the pages just changed: count and list them again.
  const packs = writeOfflinePack(dist);
  if (packs.length) console.log(`Offline pack: ${packs.length} languages, with their PDFs, in ${path.relative(process.cwd(), path.join(dist, 'sw.js'))}`);
  if (LOCAL_SITE_URL_WARNING) console.warn(LOCAL_SITE_URL_WARNING);
  return made;
}

if (import.meta.url === `file://${process.argv[1]}`) await makePdfs();
