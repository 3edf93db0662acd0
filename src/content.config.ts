// Every content schema of the site, in one place. Content lives in top-level content/<lang>/.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './site-env.ts';
import { knownFieldsError } from './utils/error-map';

const date = z.date({ error: 'expected a date written as YYYY-MM-DD, e.g. 2026-11-29' });
/** An object that rejects unknown fields, naming the ones it knows. */
function fields<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, { error: knownFieldsError(Object.keys(shape)) });
}

const text = (what: string) => z.string({ error: `expected ${what} as text` }).trim().min(1, `expected ${what}, got an empty text`);

const translationStatuses = ['source', 'draft', 'checked'] as const;

const pageSchema = fields({
    title: text('the page title'),
    description: text('a one-sentence summary for search results and link previews').max(200, 'expected at most 200 characters'),
    /** When an editor last checked that the page is right. */
    lastReviewed: date,
    /** source: the Dutch original; draft: a translation nobody has checked yet; checked: checked by a native speaker. */
    translation: z.enum(translationStatuses, { error: `expected one of: ${translationStatuses.join(', ')}` }),
    /** Where the page's facts come from, e.g. "Beleidsbrief Inburgering en Integratie 2011-2012, §5.1.3". */
    sources: z.array(text('a source')).default([]),
    /** Facts on the page that do not come from a source and that an editor must verify. */
    needsCheck: z.array(text('a fact to check')).default([]),
    /** Position among its sibling pages (brochure chapters). */
    order: z.number({ error: 'expected a whole number' }).int().optional(),
    /** Key Dutch words of a brochure chapter, each with its meaning in the page's language. */
    keyWords: z.array(fields({ nl: text('the Dutch word'), meaning: text('the meaning in the language of the page') })).default([]),
    /** An illustration from src/assets/illustrations/<name>.svg with alt text in the page's language. */
    illustration: fields({ name: text('the file name of the illustration, without .svg'), alt: text('alt text describing the illustration') }).optional(),
  });

export type PageData = z.infer<typeof pageSchema>;

// The phrase guide: the Dutch phrases once (content/taalgids/phrases.json), and per language
// the theme names, translations and a pronunciation aid in the reader's script
// (content/taalgids/translations/<lang>.json).
export const phraseThemes = ['begroeten', 'gemeente', 'dokter', 'school', 'winkel', 'vervoer', 'getallen-en-tijd', 'noodgeval'] as const;

const phraseSchema = fields({
    id: text('a phrase id'),
    theme: z.enum(phraseThemes, { error: `expected one of: ${phraseThemes.join(', ')}` }),
    nl: text('the Dutch phrase'),
    /** A recorded file under public/audio/, e.g. "audio/taalgids/goedemorgen.mp3". */
    audio: text('the path of an audio file').optional(),
  });

const phraseTranslationsSchema = fields({
    translation: z.enum(translationStatuses, { error: `expected one of: ${translationStatuses.join(', ')}` }),
    themes: z.partialRecord(z.enum(phraseThemes), text('a theme name')),
    phrases: z.record(z.string(), fields({ text: text('the translation'), say: text('a pronunciation aid in the reader’s script') })),
  });

// The document checklist ("rugzak"): the items once (content/rugzak/items.json), and per
// language the texts (content/rugzak/translations/<lang>.json).
export const checklistGroups = ['identiteit', 'huwelijk', 'kinderen', 'opleiding', 'werk', 'gezondheid', 'rijbewijs'] as const;
export const checklistSituations = ['partner', 'kinderen', 'diplomas', 'werk'] as const;

const checklistItemSchema = fields({
    id: text('an item id'),
    group: z.enum(checklistGroups, { error: `expected one of: ${checklistGroups.join(', ')}` }),
    /** The situations the item is for; empty means everyone. */
    situations: z.array(z.enum(checklistSituations, { error: `expected one of: ${checklistSituations.join(', ')}` })).default([]),
    /** Usually needs legalisation or an apostille. */
    legalisation: z.boolean({ error: 'expected true or false' }),
    /** Usually needs a sworn translation into Dutch. */
    swornTranslation: z.boolean({ error: 'expected true or false' }),
    /** The legalisation and translation facts are not from the source: an editor must check them. */
    needsCheck: z.boolean({ error: 'expected true or false' }).default(true),
  });

const checklistTranslationsSchema = fields({
    translation: z.enum(translationStatuses, { error: `expected one of: ${translationStatuses.join(', ')}` }),
    groups: z.partialRecord(z.enum(checklistGroups), text('a group name')),
    situations: z.partialRecord(z.enum(checklistSituations), text('a situation')),
    items: z.record(z.string(), fields({ title: text('the document'), what: text('what the document is'), why: text('why it is needed in Flanders') })),
  });

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: contentDir }),
    schema: pageSchema,
  }),
  phrases: defineCollection({
    loader: file(`${contentDir}/taalgids/phrases.json`),
    schema: phraseSchema,
  }),
  phraseTranslations: defineCollection({
    loader: glob({ pattern: '*.json', base: `${contentDir}/taalgids/translations` }),
    schema: phraseTranslationsSchema,
  }),
  checklistItems: defineCollection({
    loader: file(`${contentDir}/rugzak/items.json`),
    schema: checklistItemSchema,
  }),
  checklistTranslations: defineCollection({
    loader: glob({ pattern: '*.json', base: `${contentDir}/rugzak/translations` }),
    schema: checklistTranslationsSchema,
  }),
};
