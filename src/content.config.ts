// The content collections: the schemas of model/schemas.ts over the files under content/.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './site-env.ts';
import { checklistItemSchema, checklistTranslationsSchema, countrySchema, pageSchema, phraseSchema, phraseTranslationsSchema } from './model/schemas';

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
  countries: defineCollection({
    loader: file(`${contentDir}/countries.json`),
    schema: countrySchema,
  }),
};
