// The page model, without Astro: from the content entries to every page of the site in every
// language. Pure, so tests give it mocked entries (tests/unit/site-pages.test.ts).
// - Dutch is the source of every page; a translation has the same slug under content/<lang>/.
// - A reader sees the translation, else the text along the fallback order (i18n/fallback.ts).
// - Language-independent fields (order, tools, pdfs, menu, icon, the illustration's file,
//   the key words' Dutch) come from the Dutch source only; a translation may not set them.
// - Key words and the illustration's alt text fall back per value, like every localized set.
import { DEFAULT_LOCALE } from '../i18n/config.ts';
import { chooseContentLanguage } from '../i18n/fallback.ts';
import { noticeLanguages, type Localized, type Localizer } from '../i18n/localized.ts';
import { splitEntryId } from '../i18n/paths.ts';
import type { PageData } from './schemas.ts';
import type { ToolName } from '../tools/names.ts';

/** A content entry as the model needs it; `E` is whatever the renderer needs (Astro's entry). */
export interface PageInput<E> {
  id: string;
  /** The file, as shown in error messages. */
  file: string;
  data: PageData;
  entry: E;
}

export interface KeyWord {
  nl: string;
  meaning: Localized<string>;
}

export interface SitePage<E> {
  /** The reader's language: the page's chrome and URL. */
  lang: string;
  slug: string;
  /** The entry whose text is shown. */
  entry: E;
  data: PageData;
  /** The Dutch source's data: the language-independent fields. */
  source: PageData;
  /** The language the text is really in; differs from lang on a fallback page. */
  contentLang: string;
  isFallback: boolean;
  /** Languages this page is really translated into. */
  translated: string[];
  navTitle: Localized<string>;
  keyWords: KeyWord[];
  illustration?: { name: string; alt: Localized<string> } | undefined;
  /** Languages other than the reader's that parts of this page are shown in. */
  fallbackLanguages: string[];
  /** The reader's translation exists but follows an older revision of the source, so it is not shown. */
  isOutdated: boolean;
}

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Fields that only the Dutch source may set. */
const SOURCE_ONLY = ['order', 'tools', 'pdfs', 'menu', 'icon', 'status', 'video'] as const;

const isSet = (data: PageData, field: (typeof SOURCE_ONLY)[number]): boolean => {
  const value = data[field];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
};

function translationProblems<E>(input: PageInput<E>, source: PageInput<E>): string[] {
  const problems: string[] = [];
  for (const field of SOURCE_ONLY) {
    if (isSet(input.data, field)) problems.push(`${input.file}: field "${field}" is set only in the Dutch source (${source.file}); remove it here`);
  }
  if (input.data.illustration?.name !== undefined) {
    problems.push(`${input.file}: field "illustration.name" is set only in the Dutch source (${source.file}); keep only "illustration.alt" here`);
  }
  const words = input.data.keyWords;
  if (Array.isArray(words)) {
    problems.push(`${input.file}: field "keyWords" is a list; expected in a translation "Dutch word: meaning" lines, one per key word of ${source.file}`);
  } else if (words) {
    const known = sourceKeyWords(source.data).map((word) => word.nl);
    for (const word of Object.keys(words)) {
      if (!known.includes(word))
        problems.push(
          `${input.file}: field "keyWords" has "${word}", which is not a key word of ${source.file}; expected one of: ${known.join(', ') || '(none)'}`,
        );
    }
  }
  return problems;
}

function sourceProblems<E>(input: PageInput<E>): string[] {
  const problems: string[] = [];
  const words = input.data.keyWords;
  if (words && !Array.isArray(words)) problems.push(`${input.file}: field "keyWords" in the Dutch source is expected as a list of { nl, meaning }`);
  if (input.data.illustration && !input.data.illustration.name)
    problems.push(`${input.file}: field "illustration.name" is missing; expected the file name of a drawing in src/assets/illustrations/, without .svg`);
  for (const pdf of input.data.pdfs) {
    if (pdf.of === 'whole' && !input.data.tools.includes('chapters'))
      problems.push(
        `${input.file}: field "pdfs" prints "${pdf.file}" of the whole document, but the page has no chapters; expected "tools: [chapters]" or "of: page"`,
      );
  }
  return problems;
}

/** True when the source has changed since the translation's revision. */
export function isOutdated<E>(input: PageInput<E>, source: PageInput<E>): boolean {
  const changed = source.data.revised;
  if (input === source || !changed) return false;
  return !input.data.revised || input.data.revised < changed;
}

const sourceKeyWords = (data: PageData): { nl: string; meaning: string }[] => (Array.isArray(data.keyWords) ? data.keyWords : []);

export function buildSitePages<E>(inputs: readonly PageInput<E>[], localizer: Localizer): SitePage<E>[] {
  const codes = localizer.languages.map((language) => language.code);
  const bySlug = new Map<string, Map<string, PageInput<E>>>();
  const problems: string[] = [];
  const placed = inputs.map((input) => ({ input, ...splitEntryId(input.id) }));
  try {
    localizer.checkLanguages(placed.map(({ lang, input }) => ({ lang, file: input.file })));
  } catch (error) {
    problems.push((error as Error).message);
  }
  for (const { input, lang, slug } of [...placed].sort((a, b) => a.input.id.localeCompare(b.input.id))) {
    if (!codes.includes(lang)) continue;
    const isSource = lang === DEFAULT_LOCALE;
    if (isSource && input.data.translation !== 'source')
      problems.push(`${input.file}: field "translation" is "${input.data.translation}"; expected "source" for the Dutch original`);
    if (!isSource && input.data.translation === 'source')
      problems.push(`${input.file}: field "translation" is "source"; expected "draft" or "checked" (only Dutch pages are the source)`);
    if (!bySlug.has(slug)) bySlug.set(slug, new Map());
    bySlug.get(slug)!.set(lang, input);
  }
  for (const [slug, versions] of bySlug) {
    const source = versions.get(DEFAULT_LOCALE);
    if (!source) {
      const files = [...versions.values()].map((input) => input.file).join(', ');
      problems.push(
        `${files}: no Dutch original at content/${DEFAULT_LOCALE}/${slug || 'index'}.mdx; every page starts in Dutch and keeps its Dutch slug in every language`,
      );
      continue;
    }
    problems.push(...sourceProblems(source));
    for (const [lang, input] of versions) if (lang !== DEFAULT_LOCALE) problems.push(...translationProblems(input, source));
  }
  if (problems.length) throw new ContentError(`Content is invalid:\n  ${problems.join('\n  ')}`);

  const pages: SitePage<E>[] = [];
  for (const [slug, all] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const source = all.get(DEFAULT_LOCALE)!;
    // A translation of an older revision of the source would show facts that changed since.
    const versions = new Map([...all].filter(([, input]) => !isOutdated(input, source)));
    const translated = codes.filter((code) => versions.has(code));
    for (const lang of codes) {
      const contentLang = chooseContentLanguage(lang, new Set(translated))!;
      const shown = versions.get(contentLang)!;
      const inLang = (code: string) => versions.get(code)?.data;
      const navTitle = localizer.pick(lang, (code) => inLang(code) && (inLang(code)!.navTitle ?? inLang(code)!.title))!;
      const keyWords = sourceKeyWords(source.data).map((word) => ({
        nl: word.nl,
        meaning: localizer.pick(lang, (code) =>
          code === DEFAULT_LOCALE ? word.meaning : (inLang(code)?.keyWords as Record<string, string> | undefined)?.[word.nl],
        )!,
      }));
      const name = source.data.illustration?.name;
      const illustration = name ? { name, alt: localizer.pick(lang, (code) => inLang(code)?.illustration?.alt)! } : undefined;
      const parts = [contentLang, navTitle.lang, ...keyWords.map((word) => word.meaning.lang), ...(illustration ? [illustration.alt.lang] : [])];
      pages.push({
        lang,
        slug,
        entry: shown.entry,
        data: shown.data,
        source: source.data,
        contentLang,
        isFallback: contentLang !== lang,
        translated,
        navTitle,
        keyWords,
        illustration,
        fallbackLanguages: noticeLanguages(lang, parts),
        isOutdated: all.has(lang) && !versions.has(lang),
      });
    }
  }
  return pages;
}

/** Child pages of a slug (e.g. the chapters under "pakket/brochure"), in the source's order. */
export function childPages<E>(pages: readonly SitePage<E>[], lang: string, parent: string): SitePage<E>[] {
  const prefix = parent ? `${parent}/` : '';
  return pages
    .filter((page) => page.lang === lang && page.slug.startsWith(prefix) && page.slug !== parent && !page.slug.slice(prefix.length).includes('/'))
    .sort((a, b) => (a.source.order ?? 0) - (b.source.order ?? 0) || a.slug.localeCompare(b.slug));
}

/** Pages of one language listed in a menu, in the source's order. */
export function menuPages<E>(pages: readonly SitePage<E>[], lang: string, menu: 'main' | 'footer'): SitePage<E>[] {
  return pages
    .filter((page) => page.lang === lang && page.source.menu === menu)
    .sort((a, b) => (a.source.order ?? 0) - (b.source.order ?? 0) || a.slug.localeCompare(b.slug));
}

/** The page of one language whose Dutch source declares `tool` (the first by slug), if any. */
export function toolPage<E>(pages: readonly SitePage<E>[], lang: string, tool: ToolName): SitePage<E> | undefined {
  return pages.find((page) => page.lang === lang && page.source.tools.includes(tool));
}

/** The parent's slug ("" for a top-level page, undefined for the home page). */
export function parentSlug(slug: string): string | undefined {
  return slug === '' ? undefined : slug.split('/').slice(0, -1).join('/');
}
