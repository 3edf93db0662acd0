// The print-ready PDFs, as the Dutch sources declare them (`pdfs:` in front matter): one per
// language at /downloads/<lang>/<file>. scripts/make-pdfs.mjs prints them after the build,
// from the list that src/pages/downloads/index.json.ts writes.
import { WHOLE_DOCUMENT } from '../tools/names';
import type { Localized } from '../i18n/localized';
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

/** The PDFs of one language, for a reader who may read another: each named in the reader's language. */
export interface PdfGroup {
  lang: string;
  pdfs: { href: string; format: PagePdf['format']; title: Localized<string> }[];
}

/**
 * Every PDF of the site in every language (a print list for NGOs), grouped by the PDF's
 * language in the site's order, each group in the order of the pages (section, depth, `order`),
 * each PDF named by its page's title in the reader's language.
 */
export function pdfCatalogue(pages: readonly SitePage<unknown>[], readerLang: string): PdfGroup[] {
  const languages = [...new Set(pages.map((page) => page.lang))];
  const key = (page: SitePage<unknown>) => [page.slug.split('/')[0]!, page.slug.split('/').length, page.source.order ?? 0, page.slug] as const;
  const compare = (a: SitePage<unknown>, b: SitePage<unknown>) => {
    const [x, y] = [key(a), key(b)];
    return x[0].localeCompare(y[0]) || x[1] - y[1] || x[2] - y[2] || x[3].localeCompare(y[3]);
  };
  const titleOf = (slug: string) => pages.find((page) => page.lang === readerLang && page.slug === slug)!.navTitle;
  return languages
    .map((lang) => ({
      lang,
      pdfs: pages
        .filter((page) => page.lang === lang && page.source.pdfs.length > 0)
        .sort(compare)
        .flatMap(pdfsOf)
        .map((pdf) => ({ href: pdf.href, format: pdf.format, title: titleOf(pdf.page.slug) })),
    }))
    .filter((group) => group.pdfs.length > 0);
}
