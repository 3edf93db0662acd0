// Prints the parts of the starter pack to PDF with Chromium, after `astro build`:
// dist/downloads/<lang>/<file> for every language and every PDF in src/content/pdfs.ts.
// A4/A5, fonts embedded by Chromium, page numbers and the page's address in the footer.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { hasChromium, launchOptions } from './browser.mjs';
import { createSiteServer } from './serve.mjs';
import { PACK_PDFS } from '../src/content/pdfs.ts';
import { LOCAL_SITE_URL_WARNING, localesDir, outDir as dist, siteUrl as site } from '../src/site-env.ts';

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export async function makePdfs() {
  if (!(await hasChromium())) {
    console.warn('PDFs skipped: no Chromium found. Install one (Debian: apt-get install chromium fonts-noto-core; elsewhere: npx playwright install chromium) and build again.');
    return 0;
  }
  const langs = fs.readdirSync(localesDir).filter((lang) => fs.existsSync(path.join(dist, lang, 'index.html')));
  const server = createSiteServer(dist);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(launchOptions);
  const jobs = langs.flatMap((lang) => PACK_PDFS.filter((pdf) => fs.existsSync(path.join(dist, lang, pdf.source, 'index.html'))).map((pdf) => ({ lang, pdf })));
  let made = 0;
  try {
    const work = async () => {
      const page = await browser.newPage();
      await page.emulateMedia({ media: 'print' });
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const { lang, pdf } = job;
        const strings = JSON.parse(fs.readFileSync(path.join(localesDir, lang, 'common.json'), 'utf8'));
        const dir = strings.language.dir;
        const address = new URL(`/${lang}/${pdf.source}/`, site).href;
        // The pages are static and load nothing late: "load" is enough ("networkidle" waits 500 ms more).
        await page.goto(`${base}/${lang}/${pdf.source}/`, { waitUntil: 'load' });
        const target = path.join(dist, 'downloads', lang, pdf.file);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        await page.pdf({
          path: target,
          format: pdf.format,
          margin: pdf.format === 'A5' ? { top: '12mm', bottom: '16mm', left: '12mm', right: '12mm' } : { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: `<div lang="${lang}" dir="${dir}" style="width:100%;margin:0 12mm;font-size:7.5pt;font-family:sans-serif;display:flex;justify-content:space-between;gap:6mm"><span>${escapeHtml(strings.pack.printedFrom)} <span dir="ltr">${escapeHtml(address)}</span></span><span dir="ltr"><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
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
  if (LOCAL_SITE_URL_WARNING) console.warn(LOCAL_SITE_URL_WARNING);
  return made;
}

if (import.meta.url === `file://${process.argv[1]}`) await makePdfs();
