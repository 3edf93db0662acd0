// Every content schema of the site, in one place, without Astro's content runtime, so tests
// parse input with them in-process (tests/unit/schemas.test.ts). content.config.ts wires them
// to the files under content/.
import { z } from 'astro/zod';
import { ICONS, MENUS, TOOL_NAMES } from '../tools/names.ts';
import { knownFieldsError } from '../utils/error-map.ts';
import { TITLE_LANGUAGE } from './source-parts.ts';

const languageDisplayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
/** A source line without a language tag, or with one that names a language ("fr", "en"), not any two letters. */
function hasKnownTitleLanguage(line: string): boolean {
  const tag = TITLE_LANGUAGE.exec(line);
  return !tag || languageDisplayNames.of(tag[2]!) !== undefined;
}

const date = z.date({ error: 'expected a date written as YYYY-MM-DD, e.g. 2026-11-29' });
/** An object that rejects unknown fields, naming the ones it knows. */
function fields<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, { error: knownFieldsError(Object.keys(shape)) });
}

const text = (what: string) =>
  z
    .string({ error: `expected ${what} as text` })
    .trim()
    .min(1, `expected ${what}, got an empty text`);

const translationStatuses = ['source', 'draft', 'checked'] as const;
export const pageStatuses = ['coming'] as const;

export const pageSchema = fields({
  title: text('the page title'),
  /** A short name for menus; the title when absent. */
  navTitle: text('a short name for menus').optional(),
  description: text('a one-sentence summary for search results and link previews').max(200, 'expected at most 200 characters'),
  /** When an editor last checked that the page is right. */
  lastReviewed: date,
  /**
   * In the Dutch source: when its content last changed in a way translations must follow
   * (a fact, a section). In a translation: the source's `revised` it follows. A translation
   * older than its source is not shown: readers get the current text in the fallback language.
   */
  revised: date.optional(),
  /** source: the Dutch original; draft: a translation nobody has checked yet; checked: checked by a native speaker. */
  translation: z.enum(translationStatuses, { error: `expected one of: ${translationStatuses.join(', ')}` }),
  /**
   * Where the page's facts come from: "Title (publisher), https://… (geraadpleegd YYYY-MM-DD)".
   * A title in another language than Dutch is followed by its language tag: "Garantie locative [fr] (…".
   */
  sources: z
    .array(
      text('a source').refine(hasKnownTitleLanguage, {
        error:
          'expected a language tag after a title in another language than Dutch, such as "Garantie locative [fr] (be.brussels), https://…"; this one names no language',
      }),
    )
    .default([]),
  /** Facts on the page that do not come from a source and that an editor must verify. */
  needsCheck: z.array(text('a fact to check')).default([]),
  // The fields below do not depend on language: only the Dutch source sets them
  // (model/site-pages.ts refuses them in a translation), translations set only their texts.
  /** Position among its sibling pages (brochure chapters). */
  order: z.number({ error: 'expected a whole number' }).int().optional(),
  /** What the page does besides its text, by name (src/tools/names.ts). */
  tools: z.array(z.enum(TOOL_NAMES, { error: `expected one of: ${TOOL_NAMES.join(', ')}` })).default([]),
  /** Print-ready PDFs of this page, made after the build (scripts/make-pdfs.mjs). */
  pdfs: z
    .array(
      fields({
        file: z.string({ error: 'expected a file name' }).regex(/^[a-z0-9-]+\.pdf$/, 'expected a file name in lower case ending in .pdf, e.g. folder-eu.pdf'),
        format: z.enum(['A4', 'A5'], { error: 'expected A4 or A5' }),
        /** page: this page; whole: this page with all its chapters (tools: chapters). */
        of: z.enum(['page', 'whole'], { error: 'expected page or whole' }).default('page'),
      }),
    )
    .default([]),
  /** coming: the section is announced but not built yet; a notice at the top of the page says so. */
  status: z.enum(pageStatuses, { error: `expected one of: ${pageStatuses.join(', ')}` }).optional(),
  /** A menu that lists the page. */
  menu: z.enum(MENUS, { error: `expected one of: ${MENUS.join(', ')}` }).optional(),
  /** The icon of a page in the main menu. */
  icon: z.enum(ICONS, { error: `expected one of: ${ICONS.join(', ')}` }).optional(),
  /**
   * Key Dutch words. In the Dutch source a list of { nl, meaning } (the meaning in Dutch);
   * in a translation, the meaning of each Dutch word in the page's language: { "de tolk": "…" }.
   */
  keyWords: z
    .union([z.array(fields({ nl: text('the Dutch word'), meaning: text('the meaning') })), z.record(z.string(), text('the meaning of the Dutch word'))], {
      error: 'expected a list of { nl, meaning } in the Dutch source, or "Dutch word: meaning" lines in a translation',
    })
    .optional(),
  /**
   * The page's video (tool `video`; Dutch source only): a file under public/, its subtitles
   * and chapters as public/<tracks>/<lang>.vtt and chapters.<lang>.vtt, a poster drawn as
   * src/assets/video/<poster>.svg, and whether it is a stand-in for a film still to come.
   */
  video: fields({
    file: z
      .string({ error: 'expected a file under public/, e.g. video/film.webm' })
      .regex(/^[a-z0-9/_-]+\.(webm|mp4)$/, 'expected a file under public/ ending in .webm or .mp4, e.g. video/film.webm'),
    tracks: z.string({ error: 'expected a folder under public/, e.g. video/film' }).regex(/^[a-z0-9/_-]+$/, 'expected a folder under public/, e.g. video/film'),
    poster: text('the file name of the poster in src/assets/video/, without .svg'),
    standIn: z.boolean({ error: 'expected true or false' }).default(false),
    /** Languages whose readers watch without subtitles by default (the film is shown there as is). */
    plainIn: z.array(text('a language code')).default([]),
  }).optional(),
  /** A drawing from src/assets/illustrations/<name>.svg (name: Dutch source only), with alt text in the page's language. */
  illustration: fields({
    name: text('the file name of the illustration, without .svg').optional(),
    alt: text('alt text describing the illustration'),
  }).optional(),
});

export type PageData = z.infer<typeof pageSchema>;

// The phrase guide: the Dutch phrases once (content/taalgids/phrases.json), and per language
// the theme names, translations and a pronunciation aid in the reader's script
// (content/taalgids/translations/<lang>.json).
export const phraseThemes = ['begroeten', 'gemeente', 'dokter', 'school', 'winkel', 'vervoer', 'getallen-en-tijd', 'noodgeval'] as const;

export const phraseSchema = fields({
  id: text('a phrase id'),
  theme: z.enum(phraseThemes, { error: `expected one of: ${phraseThemes.join(', ')}` }),
  nl: text('the Dutch phrase'),
  /** A recorded file under public/audio/, e.g. "audio/taalgids/goedemorgen.mp3". */
  audio: text('the path of an audio file').optional(),
});

export const phraseTranslationsSchema = fields({
  translation: z.enum(translationStatuses, { error: `expected one of: ${translationStatuses.join(', ')}` }),
  themes: z.partialRecord(z.enum(phraseThemes), text('a theme name')),
  phrases: z.record(z.string(), fields({ text: text('the translation'), say: text('a pronunciation aid in the reader’s script') })),
  /** The pronunciation key: how each spelling of sounds.json sounds in Flanders, and how the aids write it. */
  sounds: z.record(z.string(), text('how the spelling sounds, in the reader’s language')).optional(),
});

/** The Dutch spellings the pronunciation key explains (content/taalgids/sounds.json). */
export const soundSchema = fields({
  id: z.string({ error: 'expected an id' }).regex(/^[a-z]+$/, 'expected lower-case letters, e.g. ui'),
  spelling: text('the Dutch spelling, e.g. "ij, ei"'),
  example: text('Dutch words with the sound, e.g. "mijn, fijne"'),
});

// The document checklist ("rugzak"): the items once (content/rugzak/items.json), and per
// language the texts (content/rugzak/translations/<lang>.json).
export const checklistGroups = ['identiteit', 'huwelijk', 'kinderen', 'opleiding', 'werk', 'gezondheid', 'rijbewijs'] as const;
export const checklistSituations = ['partner', 'kinderen', 'diplomas', 'werk'] as const;

/**
 * What kind of document an item is, for the rules per country (content/rugzak/rules.json):
 * akte: a civil-status act (birth, marriage, single status, death); openbaar: another public
 * document (a judgment, a criminal record); prive: a private document (a letter, a consent);
 * diploma: a diploma or transcript for NARIC-Vlaanderen.
 */
export const documentKinds = ['akte', 'openbaar', 'prive', 'diploma'] as const;
/** What makes a foreign document valid in Belgium under a rule. */
export const documentStamps = ['apostille', 'legalisatie', 'vrijgesteld', 'vragen'] as const;

export const checklistItemSchema = fields({
  /** Part of an HTML id on the page (components/DocumentChecklist) and what a reader's ticks are kept as. */
  id: z
    .string({ error: 'expected an item id, e.g. geboorteakte' })
    .regex(/^[a-z][a-z0-9-]*$/, 'expected lower-case letters, digits and hyphens, e.g. geboorteakte'),
  group: z.enum(checklistGroups, { error: `expected one of: ${checklistGroups.join(', ')}` }),
  /** The situations the item is for; empty means everyone. */
  situations: z.array(z.enum(checklistSituations, { error: `expected one of: ${checklistSituations.join(', ')}` })).default([]),
  /** The kinds of document it is, for the rules per country; empty: no stamp or translation rule applies. */
  kinds: z.array(z.enum(documentKinds, { error: `expected one of: ${documentKinds.join(', ')}` })).default([]),
});

/** A dated web source: the address of the page and the day it was consulted. */
export const webSourceSchema = fields({
  title: text('the title of the page'),
  url: z.url({ protocol: /^https?$/, error: 'expected the web address of the page, starting with https://' }),
  /** Written as text in JSON data (YAML front matter reads dates itself). */
  consulted: z.iso.date({ error: 'expected a date written as YYYY-MM-DD, e.g. 2026-11-29' }),
});

// One rule per country and document kind (content/rugzak/rules.json): the countries a rule is
// for (ids; "ander" for any other country), the kinds, what makes the document valid, where
// that comes from. Its text per language is in the checklist translations ("rules").
export const documentRuleSchema = fields({
  id: text('a rule id'),
  countries: z
    .array(z.string({ error: 'expected a country id' }).regex(/^[a-z][a-z-]*$/, 'expected lower-case letters and hyphens, e.g. marokko'))
    .min(1, 'expected at least one country'),
  kinds: z.array(z.enum(documentKinds, { error: `expected one of: ${documentKinds.join(', ')}` })).min(1, 'expected at least one kind of document'),
  stamp: z.enum(documentStamps, { error: `expected one of: ${documentStamps.join(', ')}` }),
  sources: z.array(webSourceSchema).min(1, 'expected at least one dated web source'),
  /** What about the rule is not confirmed yet: for editors, never shown to readers. */
  needsCheck: z.array(text('a fact to check')).default([]),
});

export const checklistTranslationsSchema = fields({
  translation: z.enum(translationStatuses, { error: `expected one of: ${translationStatuses.join(', ')}` }),
  groups: z.partialRecord(z.enum(checklistGroups), text('a group name')),
  situations: z.partialRecord(z.enum(checklistSituations), text('a situation')),
  items: z.record(z.string(), fields({ title: text('the document'), what: text('what the document is'), why: text('why it is needed in Flanders') })),
  /** Country names of the rules per country, by id (rules.json). */
  countries: z.record(z.string(), text('a country name')).optional(),
  /** Names of the kinds of document. */
  kinds: z.partialRecord(z.enum(documentKinds), text('a kind of document')).optional(),
  /** The text of each rule, by id (rules.json). */
  rules: z.record(z.string(), text('the text of a rule')).optional(),
});

// One term, one translation (content/terms/<lang>.json): the Dutch terms once, with a note for
// translators (nl.json), and per language the one translation that key-word boxes use.
export const termsSchema = fields({
  translation: z.enum(translationStatuses, { error: `expected one of: ${translationStatuses.join(', ')}` }),
  terms: z.record(z.string(), text('the translation of the term')),
});
export type TermsData = z.infer<typeof termsSchema>;

// Short links for consulates (content/countries.json): /<id>/ lists the pack in the
// country's languages and Dutch. `id` is the path, `page` the slug of the page it leads to.
export const countrySchema = fields({
  id: z.string({ error: 'expected the short path, e.g. marokko' }).regex(/^[a-z][a-z-]*$/, 'expected lower-case letters and hyphens, e.g. marokko'),
  region: z.string({ error: 'expected an ISO 3166 country code, e.g. MA' }).regex(/^[A-Z]{2}$/, 'expected an ISO 3166 country code in capitals, e.g. MA'),
  languages: z.array(text('a language code')).min(1, 'expected at least one language'),
  page: text('the slug of the page it leads to, e.g. pakket'),
  /** Other spellings that redirect to /<id>/ (any capitalisation too), e.g. maroc, morocco. */
  aliases: z
    .array(
      z
        .string({ error: 'expected a short path, e.g. maroc' })
        .regex(/^\p{Ll}[\p{Ll}-]*$/u, 'expected lower-case letters (accents allowed) and hyphens, e.g. türkiye'),
    )
    .default([]),
});

export type PhraseData = z.infer<typeof phraseSchema>;
export type PhraseTranslationsData = z.infer<typeof phraseTranslationsSchema>;
export type SoundData = z.infer<typeof soundSchema>;
export type ChecklistItemData = z.infer<typeof checklistItemSchema>;
export type ChecklistTranslationsData = z.infer<typeof checklistTranslationsSchema>;

// Who publishes the site (content/publisher.json): each detail with the official page it was
// copied from and when, or `needsCheck` (what an editor must still find): shown to readers
// only when it has a source. src/model/publisher.ts reads it.
const webAddress = (what: string) =>
  z
    .string({ error: `expected ${what} as a web address` })
    .regex(/^https:\/\/[^\s/]+\.[^\s/]+\//, `expected ${what} as a full web address starting with https://, e.g. https://www.vlaanderen.be/`);
const consulted = z.iso.date({ error: 'expected the date the source was consulted, written as YYYY-MM-DD, e.g. 2026-12-02' });
const sourced = (what: string) => fields({ value: text(what), source: webAddress('the page it comes from'), consulted });
const toCheck = fields({ needsCheck: text('what an editor must still find or check') });
const detail = (what: string) =>
  z.union([sourced(what), toCheck], { error: `expected { value, source, consulted } for ${what}, or { needsCheck } while it is not confirmed` });
export const publisherLinkIds = ['agency', 'naric', 'immigrationOffice', 'municipality'] as const;

export const publisherSchema = fields({
  /** The publisher's name: must be confirmed, every page's footer shows it. */
  name: sourced('the publisher’s name'),
  website: fields({ value: webAddress('the publisher’s website'), source: webAddress('the page it comes from'), consulted }),
  contactPage: detail('the contact page’s address'),
  postalAddress: detail('the postal address'),
  email: detail('the e-mail address'),
  phone: detail('the telephone number'),
  /** Official pages a reader needs, linked from the about page (plain links: nothing is requested until the reader clicks). */
  links: z.array(
    fields({
      id: z.enum(publisherLinkIds, { error: `expected one of: ${publisherLinkIds.join(', ')}` }),
      url: webAddress('the page linked to'),
      source: webAddress('the page that confirms it'),
      consulted,
    }),
  ),
});

export type PublisherData = z.infer<typeof publisherSchema>;

// The elections (content/kiesrecht/verkiezingen.json): one entry per election, so the leaflets,
// the "Can I vote?" checker and the PDFs change with the data, not with the pages.
const isoDay = (what: string) =>
  z
    .string({ error: `expected ${what} written as YYYY-MM-DD, e.g. 2030-07-31` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `expected ${what} written as YYYY-MM-DD, e.g. 2030-07-31`)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
      message: `expected ${what} as a real calendar date`,
    });

export const electionKinds = ['municipal'] as const;

export const electionSchema = fields({
  id: z
    .string({ error: 'expected an id, e.g. gemeenteraad-2030' })
    .regex(/^[a-z0-9-]+$/, 'expected lower-case letters, digits and hyphens, e.g. gemeenteraad-2030'),
  kind: z.enum(electionKinds, { error: `expected one of: ${electionKinds.join(', ')}` }),
  /** Election day; YYYY-MM while only the month is official (readers then see the month only). */
  day: z
    .string({ error: 'expected the election day as YYYY-MM-DD, or YYYY-MM while only the month is official' })
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'expected the election day as YYYY-MM-DD, or YYYY-MM while only the month is official'),
  /** The last day to ask the municipality to be put on the voters' list. */
  registrationDeadline: isoDay('the last day to register as a voter'),
  /** The day one must be in the municipality's population or foreigners' register. */
  registeredOn: isoDay('the day one must be in the municipality’s register'),
  minimumAge: z.number({ error: 'expected a whole number of years' }).int().min(16).max(21),
  /** Years of uninterrupted legal residence a non-EU national needs. */
  nonEuResidenceYears: z.number({ error: 'expected a whole number of years' }).int().min(0).max(20),
  /** A registration cannot be withdrawn in the months before election day. */
  noWithdrawalMonths: z.number({ error: 'expected a whole number of months' }).int().min(0).max(12),
  /** Whether registered voters must vote, per region. */
  compulsory: fields({ flanders: z.boolean({ error: 'expected true or false' }), brussels: z.boolean({ error: 'expected true or false' }) }),
  /** When an editor last checked this entry against its sources: printed on the leaflets. */
  checked: isoDay('the day an editor checked this entry'),
  sources: z.array(text('a source')).min(1, 'expected at least one source (web address and the date consulted)'),
  /** What an editor must still confirm; readers never see it. */
  needsCheck: z.array(text('a fact to check')).default([]),
});

export type ElectionData = z.infer<typeof electionSchema>;

// A question flow ("Can I vote?", "Must I follow civic integration?"): content/vragen/<id>.json.
// The structure and the sources here; the texts per language in locales/<lang>/checker.json
// (checker.<flow>.<node>.…), so a flow reads the same way as every interface string.
const nodeId = (what: string) =>
  z
    .string({ error: `expected ${what}: lower-case letters, digits and hyphens` })
    .regex(/^[a-z0-9][a-z0-9-]*$/, `expected ${what}: lower-case letters, digits and hyphens`);

export const flowSchema = fields({
  /** The first question, shown on the checker's own page. */
  start: nodeId('the id of the first question'),
  /** Where the facts come from: "election" fills {{day}}, {{registrationDeadline}}… from the election data. */
  facts: z.array(z.enum(['election'], { error: 'expected: election' })).default([]),
  questions: z
    .array(
      fields({
        id: nodeId('a question id'),
        options: z.array(fields({ id: nodeId('an option id'), next: nodeId('the id of the next question or answer') })).min(2, 'expected at least two options'),
      }),
    )
    .min(1, 'expected at least one question'),
  answers: z
    .array(
      fields({
        id: nodeId('an answer id'),
        /** yes: you can / you must; no: you cannot / you need not; depends: it depends, ask. */
        verdict: z.enum(['yes', 'no', 'depends'], { error: 'expected one of: yes, no, depends' }),
        /** A page of the site with the next step, by its Dutch slug (e.g. pakket/brochure/inburgering). */
        next: text('the slug of a page with the next step').optional(),
        sources: z
          .array(
            fields({
              title: text('the title of the source'),
              url: z.url({ error: 'expected the web address of the source, https://…' }),
              consulted: isoDay('the day the source was consulted'),
            }),
          )
          .min(1, 'expected at least one source: every answer cites where its rule comes from'),
        /** What an editor must still confirm about this answer; readers never see it (npm run content:report lists it). */
        needsCheck: z.array(text('a fact to check')).default([]),
      }),
    )
    .min(1, 'expected at least one answer'),
  /** What an editor must still confirm about the checker as a whole; readers never see it (npm run content:report lists it). */
  needsCheck: z.array(text('a fact to check')).default([]),
});

export type FlowData = z.infer<typeof flowSchema>;
export type DocumentRuleData = z.infer<typeof documentRuleSchema>;
export type DocumentKind = (typeof documentKinds)[number];

// Testimonials (content/getuigenissen/<slug>.yaml): one file per person, with the story in
// the language it was told in and its translations, keyed by language. The told-in language
// must be a language of the site (model/testimonials.ts checks it against locales/).
export const testimonialThemes = ['nederlands-leren', 'werk', 'school', 'wegwijs', 'mensen-ontmoeten', 'inburgering'] as const;
export const testimonialRegions = ['vlaanderen', 'brussel'] as const;

export const testimonialTextSchema = fields({
  translation: z.enum(translationStatuses, { error: `expected one of: ${translationStatuses.join(', ')}` }),
  quote: text('a short quote').max(240, 'expected at most 240 characters'),
  /** Paragraphs separated by an empty line. */
  story: text('the full story'),
  /** The portrait's alt text in this language (only when the testimonial has a portrait). */
  portraitAlt: text('alt text describing the portrait').optional(),
});

export const testimonialSchema = fields({
  /** A first name or a pseudonym, as the person chose. */
  name: text('a first name or pseudonym'),
  pseudonym: z.boolean({ error: 'expected true or false' }).default(false),
  /** The agency has the person's recorded consent to publish. Without it the story is not built. */
  consentRecorded: z.literal(true, {
    error: 'expected true: a testimonial is published only when consent to publish is recorded (set consentRecorded: true once it is)',
  }),
  /** Written by this project as an example until the agency supplies real stories; every page says so. */
  example: z.boolean({ error: 'expected true or false' }).default(false),
  /** Country of origin, ISO 3166 code, e.g. MA. */
  country: z.string({ error: 'expected an ISO 3166 country code, e.g. MA' }).regex(/^[A-Z]{2}$/, 'expected an ISO 3166 country code in capitals, e.g. MA'),
  /** The language the story was told in: a language of the site, e.g. ar. */
  toldIn: text('the code of the language the story was told in, e.g. ar'),
  arrived: z.number({ error: 'expected the year of arrival, e.g. 2019' }).int().min(1950, 'expected a year after 1950').max(2100, 'expected a year'),
  region: z.enum(testimonialRegions, { error: `expected one of: ${testimonialRegions.join(', ')}` }),
  themes: z.array(z.enum(testimonialThemes, { error: `expected one of: ${testimonialThemes.join(', ')}` })).min(1, 'expected at least one theme'),
  /** A drawing from src/assets/portraits/<name>.svg; its alt text is in each language's texts. */
  portrait: text('the file name of the portrait, without .svg').optional(),
  /** Slugs of the pages of the pack the story touches, e.g. pakket/brochure/werk-en-diploma. */
  pack: z.array(text('the slug of a page, e.g. pakket/brochure/werk-en-diploma')).default([]),
  /** The texts, keyed by language: the told-in language (the original) and Dutch at least. */
  texts: z.record(z.string(), testimonialTextSchema),
});

export type TestimonialData = z.infer<typeof testimonialSchema>;
export type TestimonialTextData = z.infer<typeof testimonialTextSchema>;
// The directory of places to go for help (content/hulpadressen/places.json): one entry per
// place, language-independent (numbers, addresses, web addresses, the dated source); per
// language the name where it is translated and a short description
// (content/hulpadressen/translations/<lang>.json).
export const helpGroups = ['nood', 'hulplijn', 'inburgering', 'verblijf', 'werk', 'welzijn'] as const;
export const helpRegions = ['belgie', 'vlaanderen', 'brussel', 'vlaanderen-en-brussel', 'antwerpen', 'gent'] as const;

const consultedSource = fields({
  title: text('the title of the source page and its publisher'),
  url: z.string({ error: 'expected the web address of the source' }).regex(/^https:\/\/\S+$/, 'expected a web address starting with https://'),
  /** JSON has no dates: the day written as text, YYYY-MM-DD. */
  consulted: z
    .string({ error: 'expected the date consulted written as "YYYY-MM-DD", e.g. "2026-12-02"' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected the date consulted written as "YYYY-MM-DD", e.g. "2026-12-02"')
    .transform((day) => new Date(`${day}T00:00:00Z`)),
});

export const helpPlaceSchema = z
  .strictObject(
    {
      id: z
        .string({ error: 'expected an id in lower case, e.g. caw' })
        .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and hyphens, e.g. tele-onthaal'),
      group: z.enum(helpGroups, { error: `expected one of: ${helpGroups.join(', ')}` }),
      region: z.enum(helpRegions, { error: `expected one of: ${helpRegions.join(', ')}` }),
      /** The name as it is written in Belgium (a proper name stays in every language). */
      name: text('the name of the place or number'),
      phone: z
        .string({ error: 'expected a phone number as text, e.g. "02 488 80 00"' })
        .regex(/^\+?[0-9][0-9 ]{2,15}$/, 'expected digits and spaces only, e.g. "112" or "02 488 80 00"')
        .optional(),
      web: z
        .string({ error: 'expected a web address' })
        .regex(/^https:\/\/\S+$/, 'expected a web address starting with https://')
        .optional(),
      address: text('a postal address').optional(),
      /** Where the number, address and web address were confirmed, and when. */
      sources: z.array(consultedSource).min(1, 'expected at least one dated source'),
      /** What an editor must still confirm; never shown to readers. */
      needsCheck: z.array(text('a fact to check')).default([]),
    },
    { error: knownFieldsError(['id', 'group', 'region', 'name', 'phone', 'web', 'address', 'sources', 'needsCheck']) },
  )
  .refine((place) => place.phone || place.web || place.address || place.needsCheck.length > 0, {
    message: 'expected a phone, web or address; or, while none is confirmed, a needsCheck entry saying what is missing',
    path: ['phone'],
  });

export const helpTranslationsSchema = fields({
  translation: z.enum(translationStatuses, { error: `expected one of: ${translationStatuses.join(', ')}` }),
  groups: z.partialRecord(z.enum(helpGroups), text('a group name')),
  regions: z.partialRecord(z.enum(helpRegions), text('a region name')),
  places: z.record(z.string(), fields({ description: text('what the place does, in one or two short sentences') })),
});

export type HelpPlaceData = z.infer<typeof helpPlaceSchema>;
export type HelpTranslationsData = z.infer<typeof helpTranslationsSchema>;
