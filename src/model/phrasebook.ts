// The phrase guide for one reader: every Dutch phrase with its meaning and a pronunciation aid
// in the reader's language. Theme names and phrases fall back per key along the site's one
// order (i18n/localized.ts); a phrase with no translation at all shows only its Dutch, and
// the page's notice says which parts are in which language.
import fs from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { contentDir, DEFAULT_LOCALE } from '../i18n/config';
import { noticeLanguages, type Localized, type TextAttributes } from '../i18n/localized';
import { localizer } from '../i18n/locales';
import { phraseThemes } from '../content.config';

export interface Phrase {
  id: string;
  /** Position in the whole guide, for short element ids. */
  index: number;
  nl: string;
  audio?: string | undefined;
  /** The meaning and pronunciation aid; absent for Dutch readers and where no translation exists. */
  translation?: { text: string; say: string; attrs: TextAttributes } | undefined;
}

export interface PhraseTheme {
  id: (typeof phraseThemes)[number];
  name: Localized<string>;
  phrases: Phrase[];
}

export interface Phrasebook {
  themes: PhraseTheme[];
  /** Languages other than the reader's that parts are shown in. */
  fallbackLanguages: string[];
}

const rel = (file: string) => path.relative(process.cwd(), path.join(contentDir, file));

export async function getPhrasebook(readerLang: string): Promise<Phrasebook> {
  const phrases = (await getCollection('phrases')).map((entry) => entry.data);
  if (phrases.length === 0) throw new Error(`${rel('taalgids/phrases.json')}: no phrases found; expected a JSON array of { id, theme, nl }`);
  const translations = new Map((await getCollection('phraseTranslations')).map((entry) => [entry.id, entry.data]));
  localizer.checkLanguages([...translations.keys()].map((lang) => ({ lang, file: rel(`taalgids/translations/${lang}.json`) })));
  for (const phrase of phrases) {
    if (phrase.audio && !fs.existsSync(path.join('public', phrase.audio))) {
      throw new Error(`${rel('taalgids/phrases.json')}: phrase "${phrase.id}" field "audio" is "${phrase.audio}"; expected a file at public/${phrase.audio}`);
    }
    for (const [lang, data] of translations) {
      if (lang === DEFAULT_LOCALE) continue;
      for (const id of Object.keys(data.phrases)) {
        if (!phrases.some((candidate) => candidate.id === id)) throw new Error(`${rel(`taalgids/translations/${lang}.json`)}: field "phrases" has "${id}", which is not a phrase of ${rel('taalgids/phrases.json')}`);
      }
    }
  }

  const names = localizer.localizeSet({
    dataset: 'content/taalgids/translations/*.json "themes"',
    readerLang,
    keys: phraseThemes,
    byLang: new Map([...translations].map(([lang, data]) => [lang, data.themes])),
  });
  // Dutch readers need no translation; for others the Dutch "translation" is the phrase alone.
  const meanings = localizer.localizeSet<{ text: string; say: string } | null>({
    dataset: 'content/taalgids/translations/*.json "phrases"',
    readerLang,
    keys: phrases.map((phrase) => phrase.id),
    byLang: new Map<string, Readonly<Record<string, { text: string; say: string } | null | undefined>>>([
      ...[...translations].filter(([lang]) => lang !== DEFAULT_LOCALE).map(([lang, data]) => [lang, data.phrases] as const),
      [DEFAULT_LOCALE, Object.fromEntries(phrases.map((phrase) => [phrase.id, null]))],
    ]),
  });

  return {
    themes: phraseThemes.map((id) => ({
      id,
      name: names.get(id),
      phrases: phrases
        .filter((phrase) => phrase.theme === id)
        .map((phrase) => {
          const meaning = meanings.get(phrase.id);
          return {
            id: phrase.id,
            index: phrases.indexOf(phrase),
            nl: phrase.nl,
            audio: phrase.audio,
            translation: meaning.value ? { ...meaning.value, attrs: meaning.attrs } : undefined,
          };
        }),
    })),
    fallbackLanguages: noticeLanguages(readerLang, names.fallbackLanguages, meanings.fallbackLanguages),
  };
}
