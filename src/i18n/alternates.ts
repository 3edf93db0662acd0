// hreflang alternates: only real translations are listed. A fallback page (Turkish chrome
// around English text) is not a translation: it is left out of every hreflang set and the
// sitemap and its canonical points at the page whose text it shows, so search engines never
// see it as a duplicate.
import { DEFAULT_LOCALE } from './config';
import { absoluteUrl, localizedPath } from './paths';

export interface Alternate {
  hreflang: string;
  href: string;
}

export function alternates(slug: string, translated: readonly string[], site: string | URL): Alternate[] {
  if (translated.length === 0) return [];
  const links = translated.map((lang) => ({ hreflang: lang, href: absoluteUrl(localizedPath(lang, slug), site) }));
  // The home page's x-default is the language chooser at the root; other pages default to Dutch.
  const fallback = slug === '' ? '/' : localizedPath(translated.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : translated[0]!, slug);
  return [...links, { hreflang: 'x-default', href: absoluteUrl(fallback, site) }];
}

/** A page's canonical URL: itself, or for a fallback page the page whose text it shows. */
export function canonicalUrl(lang: string, contentLang: string, slug: string, site: string | URL): string {
  return absoluteUrl(localizedPath(lang === contentLang ? lang : contentLang, slug), site);
}
