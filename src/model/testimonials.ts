// The testimonials for one reader, without Astro (the loader is in load.ts). Each story is
// shown in the reader's language where translated, else along the site's one fallback order
// (i18n/localized.ts: English, then Dutch; every story has a Dutch text), marked with the
// language it is in. The list filters by the language told in, the country of origin, the
// region and the theme: one pre-built page per single value, and in place with JavaScript.
import { DEFAULT_LOCALE } from '../i18n/config.ts';
import { noticeLanguages, type Localized, type Localizer } from '../i18n/localized.ts';
import { testimonialRegions, testimonialThemes, type TestimonialData } from './schemas.ts';

export interface TestimonialInput {
  /** The file name without .yaml: the last part of the testimonial's URL. */
  slug: string;
  /** The file, as errors show it. */
  file: string;
  data: TestimonialData;
}

export interface TestimonialsInput {
  testimonials: readonly TestimonialInput[];
  /** The slugs of the site's pages, to check the pack pages a story links to. */
  pageSlugs: ReadonlySet<string>;
  /** Whether src/assets/portraits/<name>.svg exists. */
  portraitExists: (name: string) => boolean;
}

/** The filters of the list, in the order shown; each is also the URL segment of its pages. */
export const FILTERS = ['taal', 'land', 'regio', 'thema'] as const;
export type Filter = (typeof FILTERS)[number];

export interface Testimonial {
  slug: string;
  name: string;
  pseudonym: boolean;
  example: boolean;
  country: string;
  toldIn: string;
  arrived: number;
  region: (typeof testimonialRegions)[number];
  themes: (typeof testimonialThemes)[number][];
  /** Slugs of the pack pages the story touches. */
  pack: string[];
  /** The quote and the story's paragraphs, in the language they are shown in. */
  text: Localized<{ quote: string; story: string[] }>;
  /** The status of the shown text: source (as told), draft or checked translation. */
  translation: 'source' | 'draft' | 'checked';
  portrait?: { name: string; alt: Localized<string> } | undefined;
  /** The languages the story has a text in (real translations, for hreflang). */
  languages: string[];
  /** Slugs of up to three related testimonials. */
  related: string[];
  /** The values of each filter this testimonial matches. */
  filterValues: Record<Filter, string[]>;
}

export interface FilterValue {
  value: string;
  count: number;
}

export interface TestimonialCollection {
  items: Testimonial[];
  /** Per filter, the values some testimonial has, in a stable order. */
  filters: { id: Filter; values: FilterValue[] }[];
}

export class TestimonialError extends Error {
  override name = 'TestimonialError';
}

/** Refuses what no fallback can repair, naming the file and the field. */
export function checkTestimonials({ testimonials, pageSlugs, portraitExists }: TestimonialsInput, localizer: Localizer): void {
  const languages = localizer.languages.map((language) => language.code);
  const problems: string[] = [];
  for (const { slug, file, data } of testimonials) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug))
      problems.push(`${file}: the file name "${slug}" is the address of the story; expected lower-case letters, digits and hyphens`);
    if ((FILTERS as readonly string[]).includes(slug)) problems.push(`${file}: the file name "${slug}" is the address of a filter; choose another name`);
    if (!languages.includes(data.toldIn)) {
      problems.push(`${file}: field "toldIn" is "${data.toldIn}", which is not a language of the site; expected one of: ${languages.join(', ')}`);
      continue;
    }
    for (const lang of Object.keys(data.texts)) {
      if (!languages.includes(lang))
        problems.push(`${file}: field "texts" has "${lang}", which is not a language of the site; expected one of: ${languages.join(', ')}`);
    }
    const original = data.texts[data.toldIn];
    if (!original) problems.push(`${file}: field "texts" has no "${data.toldIn}"; expected the story in the language it was told in (field "toldIn")`);
    else if (original.translation !== 'source')
      problems.push(`${file}: field "texts.${data.toldIn}.translation" is "${original.translation}"; expected source: it is the story as told`);
    for (const [lang, text] of Object.entries(data.texts)) {
      if (lang !== data.toldIn && text.translation === 'source')
        problems.push(`${file}: field "texts.${lang}.translation" is "source", but the story was told in ${data.toldIn}; expected draft or checked`);
    }
    if (!data.texts[DEFAULT_LOCALE]) problems.push(`${file}: field "texts" has no "${DEFAULT_LOCALE}"; expected a Dutch version of every story`);
    if (data.portrait) {
      if (!portraitExists(data.portrait))
        problems.push(`${file}: field "portrait" is "${data.portrait}", but src/assets/portraits/${data.portrait}.svg does not exist`);
      if (!data.texts[DEFAULT_LOCALE]?.portraitAlt)
        problems.push(`${file}: field "texts.${DEFAULT_LOCALE}.portraitAlt" is missing; expected alt text for the portrait`);
    }
    for (const page of data.pack) {
      if (!pageSlugs.has(page))
        problems.push(
          `${file}: field "pack" has "${page}", which is not a page of the site; expected the slug of a page, e.g. pakket/brochure/werk-en-diploma`,
        );
    }
  }
  if (problems.length) throw new TestimonialError(problems.join('\n  '));
}

const paragraphs = (story: string) =>
  story
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

function filterValues(data: TestimonialData): Record<Filter, string[]> {
  return { taal: [data.toldIn], land: [data.country.toLowerCase()], regio: [data.region], thema: [...data.themes] };
}

/** Up to three others, most shared themes first, then the same language or country. */
function relatedTo(one: TestimonialInput, all: readonly TestimonialInput[]): string[] {
  const score = (other: TestimonialInput) =>
    other.data.themes.filter((theme) => one.data.themes.includes(theme)).length * 4 +
    (other.data.toldIn === one.data.toldIn ? 2 : 0) +
    (other.data.country === one.data.country ? 1 : 0);
  return all
    .filter((other) => other.slug !== one.slug)
    .map((other) => ({ slug: other.slug, score: score(other) }))
    .filter(({ score: points }) => points > 0)
    .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug))
    .slice(0, 3)
    .map(({ slug }) => slug);
}

export function buildTestimonials(input: TestimonialsInput, readerLang: string, localizer: Localizer): TestimonialCollection {
  checkTestimonials(input, localizer);
  const items = [...input.testimonials]
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl') || a.slug.localeCompare(b.slug))
    .map(({ slug, file, data }, _index, all): Testimonial => {
      const shown = localizer.pick(readerLang, (lang) => data.texts[lang]);
      if (!shown) throw new TestimonialError(`${file}: no text in any language`);
      const alt = data.portrait ? localizer.pick(readerLang, (lang) => data.texts[lang]?.portraitAlt) : undefined;
      return {
        slug,
        name: data.name,
        pseudonym: data.pseudonym,
        example: data.example,
        country: data.country,
        toldIn: data.toldIn,
        arrived: data.arrived,
        region: data.region,
        themes: data.themes,
        pack: data.pack,
        text: { ...shown, value: { quote: shown.value.quote, story: paragraphs(shown.value.story) } },
        translation: shown.value.translation,
        portrait: data.portrait && alt ? { name: data.portrait, alt } : undefined,
        languages: localizer.languages.map((language) => language.code).filter((code) => data.texts[code]),
        related: relatedTo({ slug, file, data }, all),
        filterValues: filterValues(data),
      };
    });
  const order: Record<Filter, readonly string[]> = {
    taal: localizer.languages.map((language) => language.code),
    land: [...new Set(items.map((item) => item.country.toLowerCase()))].sort(),
    regio: testimonialRegions,
    thema: testimonialThemes,
  };
  const filters = FILTERS.map((id) => ({
    id,
    values: order[id].map((value) => ({ value, count: items.filter((item) => item.filterValues[id].includes(value)).length })).filter(({ count }) => count > 0),
  }));
  return { items, filters };
}

/** The testimonials a filter value keeps. */
export function filterTestimonials(items: readonly Testimonial[], filter: Filter, value: string): Testimonial[] {
  return items.filter((item) => item.filterValues[filter].includes(value));
}

/** Every language other than the reader's that the given testimonials are shown in. */
export function testimonialFallbackLanguages(readerLang: string, items: readonly Testimonial[]): string[] {
  return noticeLanguages(
    readerLang,
    items.filter((item) => item.text.isFallback).map((item) => item.text.lang),
    items.flatMap((item) => (item.portrait?.alt.isFallback ? [item.portrait.alt.lang] : [])),
  );
}
