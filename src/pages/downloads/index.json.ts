// /downloads/index.json: every PDF the content declares, per language, with the page it is
// printed from, its footer's words and its cover. scripts/make-pdfs.mjs prints from this list
// after the build. The cover is put on paper by the PDF stage, so the pages as read on a phone
// carry no byte of it.
import type { APIRoute } from 'astro';
import { getChildPages, getSitePages } from '../../model/pages';
import { pdfsOf } from '../../model/pdfs';
import { buildPrintCover } from '../../model/print-cover';
import { loadPublisher } from '../../model/publisher';
import { localeInfo } from '../../i18n/locales';
import { formatDate, languageNames, useTranslations } from '../../i18n/translate';
import { printSiteUrl } from '../../site-env';
import { WHOLE_DOCUMENT } from '../../tools/names';

const STATUS_KEYS = { source: 'printing.statusSource', checked: 'printing.statusChecked', draft: 'page.draftNotice', fallback: 'fallback.notice' } as const;

export const GET: APIRoute = async () => {
  const publisher = loadPublisher();
  const pdfs = await Promise.all(
    (await getSitePages()).flatMap(pdfsOf).map(async ({ lang, file, format, source, href, page }) => {
      // What the page footer of the PDF says, in the reader's language (with the site's fallback).
      const t = useTranslations(lang);
      const text = (key: string, values: Record<string, string> = {}) => ({ text: t(key, values), ...t.attrs(key) });
      const whole = source.endsWith(`/${WHOLE_DOCUMENT}/`);
      const parts = whole ? [page, ...(await getChildPages(lang, page.slug))] : [page];
      const cover = buildPrintCover(parts, source, printSiteUrl, (chapter) => chapter.slug.split('/').at(-1)!);
      return {
        lang,
        dir: localeInfo(lang).dir,
        file,
        format,
        source,
        href,
        printedFrom: { text: t('pack.printedFrom'), lang: t.langOf('pack.printedFrom') },
        // The line that scripts/pdf-meta.mjs writes on the links once the PDF is printed.
        meta: { text: t('downloads.meta', { format: '{{format}}', size: '{{size}}', pages: '{{pages}}' }), lang: t.langOf('downloads.meta') },
        // The cover (scripts/pdf-cover.mjs): a page of its own with the contents for a whole
        // document, a block at the top of a short one (a leaflet stays one sheet).
        cover: {
          site: text('site.name'),
          title: { text: page.data.title, ...page.navTitle.attrs },
          language: { label: text('printing.language'), name: localeInfo(lang).name },
          publisher: { label: text('about.publishedBy'), name: publisher.name.value, website: publisher.website.value },
          checked: text('page.lastReviewed', { date: formatDate(lang, cover.lastReviewed) }),
          status: text(STATUS_KEYS[cover.status], { language: languageNames(lang, cover.fallbackLanguages) }),
          online: { label: text('printing.online'), address: cover.address },
          contents: whole
            ? {
                label: text('printing.contents'),
                chapters: cover.chapters.map(({ id, page: chapter }) => ({ id, text: chapter.data.title, ...chapter.navTitle.attrs })),
              }
            : undefined,
        },
      };
    }),
  );
  return new Response(`${JSON.stringify(pdfs, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
