// The content collections: the schemas of model/schemas.ts over the files under content/.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './site-env.ts';
import { DATA_FILES } from './model/data-files';
import { checkContentFiles } from './model/content-files';
import {
  checklistItemSchema,
  checklistTranslationsSchema,
  countrySchema,
  documentRuleSchema,
  helpPlaceSchema,
  helpTranslationsSchema,
  pageSchema,
  phraseSchema,
  phraseTranslationsSchema,
  soundSchema,
} from './model/schemas';

const pageFiles = glob({ pattern: '**/*.mdx', base: contentDir });

export const collections = {
  pages: defineCollection({
    // The glob reads .mdx files only and merges two files of the same page without a word:
    // first check every file under content/ (model/content-files.ts).
    loader: {
      ...pageFiles,
      load: async (context) => {
        checkContentFiles(contentDir);
        await pageFiles.load(context);
      },
    },
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
  sounds: defineCollection({
    loader: file(`${contentDir}/${DATA_FILES.sounds}`),
    schema: soundSchema,
  }),
  checklistItems: defineCollection({
    loader: file(`${contentDir}/${DATA_FILES.checklistItems}`),
    schema: checklistItemSchema,
  }),
  checklistTranslations: defineCollection({
    loader: glob({ pattern: '*.json', base: `${contentDir}/${DATA_FILES.checklistTranslations}` }),
    schema: checklistTranslationsSchema,
  }),
  documentRules: defineCollection({
    loader: file(`${contentDir}/${DATA_FILES.documentRules}`),
    schema: documentRuleSchema,
  }),
  helpPlaces: defineCollection({
    loader: file(`${contentDir}/${DATA_FILES.helpPlaces}`),
    schema: helpPlaceSchema,
  }),
  helpTranslations: defineCollection({
    loader: glob({ pattern: '*.json', base: `${contentDir}/${DATA_FILES.helpTranslations}` }),
    schema: helpTranslationsSchema,
  }),
  countries: defineCollection({
    loader: file(`${contentDir}/${DATA_FILES.countries}`),
    schema: countrySchema,
  }),
};
