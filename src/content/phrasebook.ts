// The phrase guide for one reader: every Dutch phrase with its translation and pronunciation
// aid in the reader's language, or in the fallback language (see i18n/fallback.ts).
import fs from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { contentDir } from '../site-env.ts';
import { chooseContentLanguage } from '../i18n/fallback';
import { localeCodes } from '../i18n/locales';
import { phraseThemes } from '../content.config';

export interface Phrase {
  id: string;
  /** Position in the whole guide, for short element ids. */
  index: number;
  nl: string;
  audio?: string | undefined;
  /** Absent for Dutch readers, who need no translation. */
  text?: string | undefined;
  say?: string | undefined;
}

export interface PhraseTheme {
  id: (typeof phraseThemes)[number];
  name: string;
  phrases: Phrase[];
}

export interface Phrasebook {
  /** The language the translations are in (the reader's, or a fallback). */
  lang: string;
  themes: PhraseTheme[];
}

const sourceFile = () => path.relative(process.cwd(), path.join(contentDir, 'taalgids/phrases.json'));

export async function getPhrasebook(readerLang: string): Promise<Phrasebook> {
  const phrases = (await getCollection('phrases')).map((entry) => entry.data);
  if (phrases.length === 0) throw new Error(`${sourceFile()}: no phrases found; expected a JSON array of { id, theme, nl }`);
  const translations = new Map((await getCollection('phraseTranslations')).map((entry) => [entry.id, entry.data]));
  for (const code of translations.keys()) {
    if (!localeCodes.includes(code)) throw new Error(`content/taalgids/translations/${code}.json: "${code}" is not a language of the site; expected one of ${localeCodes.join(', ')}`);
  }
  for (const phrase of phrases) {
    if (phrase.audio && !fs.existsSync(path.join('public', phrase.audio))) {
      throw new Error(`${sourceFile()}: phrase "${phrase.id}" field "audio" is "${phrase.audio}"; expected a file at public/${phrase.audio}`);
    }
  }
  const lang = chooseContentLanguage(readerLang, new Set(translations.keys())) ?? 'nl';
  const strings = translations.get(lang);
  const names = translations.get(readerLang)?.themes ?? strings?.themes ?? {};
  return {
    lang,
    themes: phraseThemes.map((id) => ({
      id,
      name: names[id] ?? translations.get('nl')?.themes[id] ?? id,
      phrases: phrases
        .filter((phrase) => phrase.theme === id)
        .map((phrase) => ({ ...phrase, index: phrases.indexOf(phrase), ...(lang === 'nl' ? {} : strings?.phrases[phrase.id]) })),
    })),
  };
}
