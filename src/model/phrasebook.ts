// The phrase guide for one reader, without Astro (the loader is in load.ts): every Dutch
// phrase with its meaning and a pronunciation aid in the reader's language. Theme names and
// phrases fall back per key along the site's one order (i18n/localized.ts); a phrase with no
// translation at all shows only its Dutch, and the page's notice names the languages used.
import { DEFAULT_LOCALE } from '../i18n/config.ts';
import { DATA_FILES, translationFile } from './data-files.ts';
import { noticeLanguages, type Localized, type Localizer, type TextAttributes } from '../i18n/localized.ts';
import { phraseThemes, type PhraseData, type PhraseTranslationsData, type SoundData } from './schemas.ts';

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

export interface Sound extends SoundData {
  /** How it sounds in Flanders and how the aids write it, in the reader's language (or a fallback). */
  text: Localized<string>;
}

export interface Phrasebook {
  /** The pronunciation key; empty when sounds.json has none. */
  sounds: Sound[];
  themes: PhraseTheme[];
  /** Languages other than the reader's that parts are shown in. */
  fallbackLanguages: string[];
}

export interface PhrasebookInput {
  phrases: readonly PhraseData[];
  sounds?: readonly SoundData[];
  translations: ReadonlyMap<string, PhraseTranslationsData>;
  /** Names a file under content/, e.g. "taalgids/phrases.json", as errors show it. */
  fileOf: (file: string) => string;
  /** Whether a recording exists under public/. */
  audioExists: (file: string) => boolean;
}

/** Refuses what no fallback can repair, naming the file and the field. */
export function checkPhrasebook({ phrases, sounds, translations, fileOf, audioExists }: PhrasebookInput, localizer: Localizer): void {
  if (phrases.length === 0) throw new Error(`${fileOf(DATA_FILES.phrases)}: no phrases found; expected a JSON array of { id, theme, nl }`);
  localizer.checkLanguages([...translations.keys()].map((lang) => ({ lang, file: fileOf(translationFile(DATA_FILES.phraseTranslations, lang)) })));
  for (const phrase of phrases) {
    if (phrase.audio && !audioExists(phrase.audio)) {
      throw new Error(`${fileOf(DATA_FILES.phrases)}: phrase "${phrase.id}" field "audio" is "${phrase.audio}"; expected a file at public/${phrase.audio}`);
    }
  }
  for (const [lang, data] of translations) {
    for (const id of Object.keys(data.sounds ?? {})) {
      if (!(sounds ?? []).some((sound) => sound.id === id))
        throw new Error(
          `${fileOf(translationFile(DATA_FILES.phraseTranslations, lang))}: field "sounds" has "${id}", which is not a sound of ${fileOf(DATA_FILES.sounds)}`,
        );
    }
    for (const id of Object.keys(data.phrases)) {
      if (!phrases.some((phrase) => phrase.id === id))
        throw new Error(
          `${fileOf(translationFile(DATA_FILES.phraseTranslations, lang))}: field "phrases" has "${id}", which is not a phrase of ${fileOf(DATA_FILES.phrases)}`,
        );
    }
  }
}

export function buildPhrasebook(input: PhrasebookInput, readerLang: string, localizer: Localizer): Phrasebook {
  checkPhrasebook(input, localizer);
  const { phrases, translations } = input;
  const names = localizer.localizeSet({
    dataset: `${DATA_FILES.phraseTranslations}/*.json "themes"`,
    readerLang,
    keys: phraseThemes,
    byLang: new Map([...translations].map(([lang, data]) => [lang, data.themes])),
  });
  // Dutch readers need no translation; for others the Dutch "translation" is the phrase alone.
  const meanings = localizer.localizeSet<{ text: string; say: string } | null>({
    dataset: `${DATA_FILES.phraseTranslations}/*.json "phrases"`,
    readerLang,
    keys: phrases.map((phrase) => phrase.id),
    byLang: new Map<string, Readonly<Record<string, { text: string; say: string } | null | undefined>>>([
      ...[...translations].filter(([lang]) => lang !== DEFAULT_LOCALE).map(([lang, data]) => [lang, data.phrases] as const),
      [DEFAULT_LOCALE, Object.fromEntries(phrases.map((phrase) => [phrase.id, null]))],
    ]),
  });
  const soundTexts = localizer.localizeSet<string>({
    dataset: `${DATA_FILES.phraseTranslations}/*.json "sounds"`,
    readerLang,
    keys: (input.sounds ?? []).map((sound) => sound.id),
    byLang: new Map([...translations].map(([lang, data]) => [lang, data.sounds ?? {}])),
  });
  return {
    sounds: (input.sounds ?? []).map((sound) => ({ ...sound, text: soundTexts.get(sound.id) })),
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
    fallbackLanguages: noticeLanguages(readerLang, names.fallbackLanguages, meanings.fallbackLanguages, soundTexts.fallbackLanguages),
  };
}
