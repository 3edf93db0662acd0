// Where the language-independent data sets live under content/ (the folders keep the names
// editors know: taalgids is the phrase guide, rugzak the document checklist). One place, so
// the collections, the models' messages and the content report agree.
export const DATA_FILES = {
  phrases: 'taalgids/phrases.json',
  phraseTranslations: 'taalgids/translations',
  sounds: 'taalgids/sounds.json',
  checklistItems: 'rugzak/items.json',
  checklistTranslations: 'rugzak/translations',
  documentRules: 'rugzak/rules.json',
  countries: 'countries.json',
  /** Pages that moved: their old addresses redirect (scripts/short-links.mjs). */
  moved: 'moved.json',
  publisher: 'publisher.json',
  elections: 'kiesrecht/verkiezingen.json',
  checkers: 'vragen',
  testimonials: 'getuigenissen',
  terms: 'terms',
  helpPlaces: 'hulpadressen/places.json',
  helpTranslations: 'hulpadressen/translations',
} as const;

/** The translation file of a data set for one language, e.g. "taalgids/translations/ar.json". */
export const translationFile = (folder: string, lang: string) => `${folder}/${lang}.json`;
