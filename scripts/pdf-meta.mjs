// What a download costs, written into the built pages after the PDFs are printed
// (scripts/make-pdfs.mjs): file type, paper size, file size and page count on every link to a
// PDF. The pages are built before their PDFs exist, so components/Downloads renders the
// type and paper size in <small data-pdf>; this step replaces that element, on every page that
// links the PDF, with the full line in the page's language (the `meta` template that
// /downloads/index.json carries, from locales/<lang>/downloads.json).
import fs from 'node:fs';
import path from 'node:path';
import { dateLocale } from '../src/i18n/date-locale.ts';

/** The number of pages of a PDF: the /Count of its page tree's root (the largest /Count of a /Pages node). */
export function pdfPageCount(bytes) {
  const text = Buffer.from(bytes).toString('latin1');
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[\s\S]*?\/Count\s+(\d+)/g)].map((match) => Number(match[1]));
  const reverse = [...text.matchAll(/\/Count\s+(\d+)[\s\S]{0,200}?\/Type\s*\/Pages\b/g)].map((match) => Number(match[1]));
  const all = [...counts, ...reverse];
  if (!all.length) throw new Error('no page tree (/Type /Pages with /Count) found in the PDF');
  return Math.max(...all);
}

/** "312 kB", "1.2 MB" in the reader's language. */
export function formatSize(lang, bytes) {
  // Numbers as the site writes dates (Arabic as in Morocco: Western digits).
  const locale = dateLocale(lang);
  const megabytes = bytes >= 1000 * 1000;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / 1e6 : Math.max(1, Math.round(bytes / 1000)));
}

export function metaText(template, { format, size, pages }) {
  return template.replaceAll('{{format}}', format).replaceAll('{{size}}', size).replaceAll('{{pages}}', String(pages));
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function htmlFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((file) => String(file).endsWith('.html'))
    .map((file) => path.join(dir, String(file)));
}

/**
 * Writes each PDF's line into every built page that links it, in the page's language (a page
 * that lists the PDFs of every language, such as the partners' print list, says "pagina’s" for
 * the Arabic PDF on a Dutch page). `printed`: { href, lang, format, meta } from
 * /downloads/index.json, whose `meta` is the line's template in the PDF's language; the
 * templates of all PDFs give each language's. Returns how many links were filled in.
 */
export function fillDownloadMeta(dist, printed) {
  const templates = new Map(printed.map((pdf) => [pdf.lang, pdf.meta]));
  const byHref = new Map(
    printed.map((pdf) => {
      const bytes = fs.readFileSync(path.join(dist, pdf.href));
      return [pdf.href, { format: pdf.format, bytes: bytes.length, pages: pdfPageCount(bytes), meta: pdf.meta }];
    }),
  );
  if (!byHref.size) return 0;
  const link = new RegExp(`(<a [^>]*href="(${[...byHref.keys()].map(escapeRegExp).join('|')})"[^>]*>(?:(?!</a>)[\\s\\S])*?)<small data-pdf>[^<]*</small>`, 'g');
  let filled = 0;
  for (const file of htmlFiles(dist)) {
    const html = fs.readFileSync(file, 'utf8');
    if (!html.includes('<small data-pdf>')) continue;
    const pageLang = /<html lang="([^"]+)"/.exec(html)?.[1];
    const updated = html.replace(link, (_, before, href) => {
      filled += 1;
      const pdf = byHref.get(href);
      const meta = templates.get(pageLang) ?? pdf.meta;
      const text = metaText(meta.text, { format: pdf.format, size: formatSize(meta.lang, pdf.bytes), pages: pdf.pages });
      return `${before}<small${meta.lang === pageLang ? '' : ` lang="${meta.lang}"`}>(${escapeHtml(text)})</small>`;
    });
    if (updated !== html) fs.writeFileSync(file, updated);
  }
  return filled;
}
