// Testimonials (src/model/testimonials.ts, the schema in src/model/schemas.ts), in-process:
// consent and the told-in language are refused with messages naming the file; each story
// falls back along the site's one order, marked; and the real content has what the issue asks.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { localizer as siteLocalizer } from '../../src/i18n/locales';
import { testimonialSchema, type TestimonialData } from '../../src/model/schemas';
import { buildTestimonials, checkTestimonials, filterTestimonials, testimonialFallbackLanguages, type TestimonialInput } from '../../src/model/testimonials';
import { localizer } from '../support/mock-content';

const story = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: 'Aylin',
  consentRecorded: true,
  example: true,
  country: 'TR',
  toldIn: 'tr',
  arrived: 2023,
  region: 'vlaanderen',
  themes: ['werk'],
  texts: {
    tr: { translation: 'source', quote: 'Türkçe alıntı.', story: 'Birinci paragraf.\n\nİkinci paragraf.' },
    nl: { translation: 'draft', quote: 'Nederlandse quote.', story: 'Eerste alinea.\n\nTweede alinea.' },
  },
  ...overrides,
});
const input = (slug: string, data: Record<string, unknown>): TestimonialInput => ({
  slug,
  file: `content/getuigenissen/${slug}.yaml`,
  data: testimonialSchema.parse(data),
});
const build = (items: TestimonialInput[], reader: string, pageSlugs = new Set(['pakket'])) =>
  buildTestimonials({ testimonials: items, pageSlugs, portraitExists: (name) => name === 'aylin' }, reader, localizer);

function schemaProblems(data: unknown): string[] {
  const result = testimonialSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the testimonial schema', () => {
  it('accepts a valid story', () => {
    expect(schemaProblems(story())).toEqual([]);
  });
  it('refuses a story without recorded consent, saying what to do', () => {
    const expected =
      'consentRecorded: expected true: a testimonial is published only when consent to publish is recorded (set consentRecorded: true once it is)';
    expect(schemaProblems(story({ consentRecorded: undefined }))).toEqual([expected]);
    expect(schemaProblems(story({ consentRecorded: false }))).toEqual([expected]);
  });
  it('names an unknown theme and a region that is not Flanders or Brussels', () => {
    expect(schemaProblems(story({ themes: ['sport'], region: 'wallonie' }))).toEqual([
      'region: expected one of: vlaanderen, brussel',
      'themes.0: expected one of: nederlands-leren, werk, school, wegwijs, mensen-ontmoeten, inburgering',
    ]);
  });
});

describe('the testimonial model', () => {
  it('refuses a told-in language the site does not have, naming the file and the languages', () => {
    expect(() => build([input('aylin', story({ toldIn: 'ku' }))], 'nl')).toThrow(
      'content/getuigenissen/aylin.yaml: field "toldIn" is "ku", which is not a language of the site; expected one of: nl, ar, en, tr',
    );
  });
  it('refuses a story without its original text or without Dutch', () => {
    const texts = story().texts as Record<string, unknown>;
    expect(() => build([input('aylin', story({ texts: { nl: texts.nl } }))], 'nl')).toThrow(
      'content/getuigenissen/aylin.yaml: field "texts" has no "tr"; expected the story in the language it was told in (field "toldIn")',
    );
    expect(() => build([input('aylin', story({ texts: { tr: texts.tr } }))], 'nl')).toThrow(
      'field "texts" has no "nl"; expected a Dutch version of every story',
    );
  });
  it('refuses a pack page that does not exist and a missing portrait', () => {
    expect(() => build([input('aylin', story({ pack: ['pakket/nergens'], portrait: 'nobody' }))], 'nl')).toThrow(
      /field "portrait" is "nobody", but src\/assets\/portraits\/nobody\.svg does not exist[\s\S]*field "pack" has "pakket\/nergens", which is not a page of the site/,
    );
  });
  it('shows the original to its own readers, Dutch to Dutch readers, and falls back for others, marked', () => {
    const items = [input('aylin', story())];
    const turkish = build(items, 'tr').items[0]!;
    expect(turkish.text).toMatchObject({ lang: 'tr', isFallback: false, attrs: {} });
    expect(turkish.text.value.story).toEqual(['Birinci paragraf.', 'İkinci paragraf.']);
    expect(build(items, 'nl').items[0]!.text).toMatchObject({ lang: 'nl', isFallback: false });
    const arabic = build(items, 'ar').items;
    expect(arabic[0]!.text).toMatchObject({ lang: 'nl', isFallback: true, attrs: { lang: 'nl', dir: 'ltr' } });
    expect(testimonialFallbackLanguages('ar', arabic)).toEqual(['nl']);
  });
  it('prefers English to Dutch when a story has both and the reader has neither', () => {
    const texts = { ...(story().texts as object), en: { translation: 'draft', quote: 'English quote.', story: 'English.' } };
    expect(build([input('aylin', story({ texts }))], 'ar').items[0]!.text.lang).toBe('en');
  });
  it('builds one filter value per language, country, region and theme, and relates stories by theme', () => {
    const collection = build(
      [
        input('aylin', story()),
        input(
          'omar',
          story({
            name: 'Omar',
            country: 'MA',
            toldIn: 'ar',
            region: 'brussel',
            themes: ['werk', 'school'],
            texts: { ar: { translation: 'source', quote: 'اقتباس', story: 'قصة' }, nl: { translation: 'draft', quote: 'Quote.', story: 'Verhaal.' } },
          }),
        ),
        input(
          'els',
          story({
            name: 'Els',
            country: 'NL',
            toldIn: 'nl',
            themes: ['wegwijs'],
            texts: { nl: { translation: 'source', quote: 'Quote.', story: 'Verhaal.' } },
          }),
        ),
      ],
      'nl',
    );
    expect(collection.filters).toEqual([
      {
        id: 'taal',
        values: [
          { value: 'nl', count: 1 },
          { value: 'ar', count: 1 },
          { value: 'tr', count: 1 },
        ],
      },
      {
        id: 'land',
        values: [
          { value: 'ma', count: 1 },
          { value: 'nl', count: 1 },
          { value: 'tr', count: 1 },
        ],
      },
      {
        id: 'regio',
        values: [
          { value: 'vlaanderen', count: 2 },
          { value: 'brussel', count: 1 },
        ],
      },
      {
        id: 'thema',
        values: [
          { value: 'werk', count: 2 },
          { value: 'school', count: 1 },
          { value: 'wegwijs', count: 1 },
        ],
      },
    ]);
    expect(filterTestimonials(collection.items, 'thema', 'werk').map((item) => item.slug)).toEqual(['aylin', 'omar']);
    expect(collection.items.find((item) => item.slug === 'aylin')!.related).toEqual(['omar']);
  });
});

describe('the testimonials in content/getuigenissen/', () => {
  const folder = 'content/getuigenissen';
  const files = fs.readdirSync(folder).filter((file) => file.endsWith('.yaml'));
  const items = files.map((file) => ({
    slug: file.replace(/\.yaml$/, ''),
    file: path.join(folder, file),
    data: testimonialSchema.parse(parseYaml(fs.readFileSync(path.join(folder, file), 'utf8'))) as TestimonialData,
  }));
  const pageSlugs = new Set(
    fs
      .readdirSync('content/nl', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => file.replace(/\.mdx$/, '').replace(/(^|\/)index$/, '')),
  );

  it('are at least 12, at least two told in each of ar, tr, pl, ru, es, and some in Dutch', () => {
    expect(items.length).toBeGreaterThanOrEqual(12);
    const told = (lang: string) => items.filter((item) => item.data.toldIn === lang).length;
    for (const lang of ['ar', 'tr', 'pl', 'ru', 'es']) expect(told(lang), lang).toBeGreaterThanOrEqual(2);
    expect(told('nl')).toBeGreaterThanOrEqual(1);
  });
  it('pass the model with the site’s languages, each in its original language and in Dutch', () => {
    expect(() =>
      checkTestimonials({ testimonials: items, pageSlugs, portraitExists: (name) => fs.existsSync(`src/assets/portraits/${name}.svg`) }, siteLocalizer),
    ).not.toThrow();
    for (const item of items) expect(Object.keys(item.data.texts), item.file).toEqual(expect.arrayContaining([item.data.toldIn, 'nl']));
  });
  it('are all marked as examples, as long as this project wrote them', () => {
    expect(items.filter((item) => !item.data.example).map((item) => item.file)).toEqual([]);
  });
});
