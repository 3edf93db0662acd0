// The link kit for partners (consulates, NGOs, municipalities), pure and tested in-process
// (tests/unit/link-kit.test.ts): for each language, the home page and the pages of the main
// menu, and the consulates' short links (/marokko/ …); each with its absolute address (from the
// configured site URL) and a QR code as SVG and PNG at /downloads/qr/. The QR files are made at
// build time by src/pages/downloads/qr/[...file].ts from the same list.
import type { Localized } from '../i18n/localized.ts';
import { localizedPath } from '../i18n/paths.ts';
import { menuPages, type SitePage } from './site-pages.ts';

/** Where the QR codes are served. */
export const QR_FOLDER = '/downloads/qr';

export interface KitLink {
  /** The page's language; undefined for a country's short link (it serves several). */
  lang?: string | undefined;
  /** The page (Dutch slug, '' for the home page), or the country's id for a short link. */
  slug: string;
  /** The path on the site, e.g. /ar/pakket/ or /marokko/. */
  path: string;
  /** The absolute address the QR code holds. */
  url: string;
  /** The QR code files. */
  svg: string;
  png: string;
}

export class LinkKitError extends Error {
  override name = 'LinkKitError';
}

/** The file name of a page's QR code: its slug, "index" for the home page. */
const fileName = (slug: string) => (slug ? slug.replaceAll('/', '-') : 'index');

const link = (lang: string | undefined, slug: string, path: string, base: string, site: string | URL): KitLink => ({
  lang,
  slug,
  path,
  url: new URL(path, site).href,
  svg: `${QR_FOLDER}/${base}.svg`,
  png: `${QR_FOLDER}/${base}.png`,
});

/** The main pages of one language: the home page, then the main menu in its order. */
export function mainPages<E>(pages: readonly SitePage<E>[], lang: string): SitePage<E>[] {
  const home = pages.filter((page) => page.lang === lang && page.slug === '');
  return [...home, ...menuPages(pages, lang, 'main')];
}

/** The kit of one language. */
export function languageKit<E>(pages: readonly SitePage<E>[], lang: string, site: string | URL): KitLink[] {
  return mainPages(pages, lang).map((page) => link(lang, page.slug, localizedPath(lang, page.slug), `${lang}/${fileName(page.slug)}`, site));
}

/** The consulates' short links, the same in every language. */
export function countryKit(countries: readonly { id: string }[], site: string | URL): KitLink[] {
  return countries.map((country) => link(undefined, country.id, `/${country.id}/`, country.id, site));
}

/** Every QR code the site makes: each language's kit and the short links; refuses two on one file. */
export function allKitLinks<E>(pages: readonly SitePage<E>[], countries: readonly { id: string }[], site: string | URL): KitLink[] {
  const languages = [...new Set(pages.map((page) => page.lang))];
  const links = [...languages.flatMap((lang) => languageKit(pages, lang, site)), ...countryKit(countries, site)];
  const seen = new Map<string, string>();
  for (const one of links) {
    const other = seen.get(one.svg);
    if (other) throw new LinkKitError(`The QR codes of ${other} and ${one.path} would both be ${one.svg}; rename one of the pages`);
    seen.set(one.svg, one.path);
  }
  return links;
}

/** The id of the kit's section, so the other languages' pages can link straight to it. */
export const KIT_ID = 'link-kit';

export interface LinkKitView {
  /** The main pages of the reader's language, each named in that language (or its fallback). */
  pages: { link: KitLink; title: Localized<string> }[];
  /** The consulates' short links, with the country (ISO 3166 code) each serves. */
  countries: { link: KitLink; region: string }[];
  /** The same kit in the other languages: the kit's page in that language, at the kit. */
  others: { lang: string; href: string }[];
}

/** What the partners' page shows for one reader: their language's kit, the short links, the other languages. */
export function linkKitView<E>(
  pages: readonly SitePage<E>[],
  countries: readonly { id: string; region: string }[],
  lang: string,
  site: string | URL,
  kitSlug: string,
): LinkKitView {
  const kit = languageKit(pages, lang, site);
  const titleOf = (slug: string) => pages.find((page) => page.lang === lang && page.slug === slug)!.navTitle;
  const languages = [...new Set(pages.map((page) => page.lang))];
  return {
    pages: kit.map((link) => ({ link, title: titleOf(link.slug) })),
    countries: countryKit(countries, site).map((link) => ({ link, region: countries.find((country) => country.id === link.slug)!.region })),
    others: languages.filter((code) => code !== lang).map((code) => ({ lang: code, href: `${localizedPath(code, kitSlug)}#${KIT_ID}` })),
  };
}
