// The content collections: the schemas of model/schemas.ts over the files under content/.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './site-env.ts';
import { DATA_FILES } from './model/data-files';
import { checklistItemSchema, checklistTranslationsSchema, countrySchema, pageSchema, phraseSchema, phraseTranslationsSchema, testimonialSchema } from './model/schemas';

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: contentDir }),
    schema: pageSchema,
  }),
  phrases: defineCollection({
    loader: file(`${contentDir}/${DATA_FILES.phrases}`),
    schema: phraseSchema,
  }),
  phraseTranslations: defineCollection({
    loader: glob({ pattern: '*.json', base: `${contentDir}/${DATA_FILES.phraseTranslations}` }),
    schema: phraseTranslationsSchema,
  }),
  checklistItems: defineCollection({
    loader: file(`${contentDir}/${DATA_FILES.checklistItems}`),
    schema: checklistItemSchema,
  }),
  checklistTranslations: defineCollection({
    loader: glob({ pattern: '*.json', base: `${contentDir}/${DATA_FILES.checklistTranslations}` }),
    schema: checklistTranslationsSchema,
  }),
  countries: defineCollection({
    loader: file(`${contentDir}/${DATA_FILES.countries}`),
    schema: countrySchema,
  }),
  testimonials: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/${DATA_FILES.testimonials}` }),
    schema: testimonialSchema,
  }),
};
