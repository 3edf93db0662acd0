// The print-ready PDFs, as the Dutch sources declare them (`pdfs:` in front matter): one per
// language at /downloads/<lang>/<file>. scripts/make-pdfs.mjs prints them after the build,
// from the list that src/pages/downloads/index.json.ts writes.
import { WHOLE_DOCUMENT } from '../tools/names';
import { localizedPath } from '../i18n/paths';
import type { SitePage } from './site-pages';

export interface PagePdf {
  lang: string;
  file: string;
  format: 'A4' | 'A5';
  /** The path of the page that is printed. */
  source: string;
  /** Where the PDF is served. */
  href: string;
  /** The page it belongs to: its title names the PDF. */
  page: SitePage<unknown>;
}

export function pdfsOf(page: SitePage<unknown>): PagePdf[] {
  return page.source.pdfs.map((pdf) => ({
    lang: page.lang,
    file: pdf.file,
    format: pdf.format,
    source: localizedPath(page.lang, pdf.of === 'whole' ? `${page.slug}/${WHOLE_DOCUMENT}` : page.slug),
    href: `/downloads/${page.lang}/${pdf.file}`,
    page,
  }));
}
