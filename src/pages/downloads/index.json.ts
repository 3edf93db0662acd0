// /downloads/index.json: every PDF the content declares, per language, with the page it is
// printed from and its footer's words. scripts/make-pdfs.mjs prints from this list after the build.
import type { APIRoute } from 'astro';
import { getSitePages } from '../../model/pages';
import { pdfsOf } from '../../model/pdfs';
import { localeInfo } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translate';

export const GET: APIRoute = async () => {
  const pdfs = (await getSitePages()).flatMap(pdfsOf).map(({ lang, file, format, source, href }) => {
    // What the page footer of the PDF says, in the reader's language (with the site's fallback).
    const t = useTranslations(lang);
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
    };
  });
  return new Response(`${JSON.stringify(pdfs, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
