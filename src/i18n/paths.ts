// URLs are /<lang>/<Dutch slug>/: the slug is the same in every language, so a link keeps
// working when the reader switches language and consulates can build links by pattern.

/** "/ar/pakket/rugzak/" for ("ar", "pakket/rugzak"); "/ar/" for the home page (slug ""). */
export function localizedPath(lang: string, slug: string): string {
  const clean = slug.replace(/^\/+|\/+$/g, '');
  return clean ? `/${lang}/${clean}/` : `/${lang}/`;
}

/** Splits a content entry id such as "ar/pakket/index" into its language and page slug. */
export function splitEntryId(id: string): { lang: string; slug: string } {
  const [lang = '', ...rest] = id.split('/');
  const slug = rest.join('/').replace(/(^|\/)index$/, '');
  return { lang, slug };
}

export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** The same path in the reader's language: "/en/film/#x" → "/bg/film/#x". */
export function readerPath(href: string, readerLang: string): string {
  return href.replace(/^\/[^/]+\//, `/${readerLang}/`);
}
