// The lang and dir a piece of text needs inside a page of another language (WCAG 3.1.2):
// nothing when it is in the page's language, else its language, and its direction where
// that differs from the page's. Set both: <div lang={a.lang} dir={a.dir}> (a spread would
// clash with Astro's scoped class attribute).
import { localizer } from './locales';

export function languageAttributes(pageLang: string, textLang: string) {
  return localizer.attributes(pageLang, textLang);
}
