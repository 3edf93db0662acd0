// Named props for FallbackNotice, as the page routes give them from the mocked content's models
// (tests/support/example-content.ts): the page's fallback languages, merged with its tools'.
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { exampleChecklist, examplePage } from '../../../tests/support/example-content';
import { noticeLanguages } from '../../i18n/localized';
import type FallbackNotice from './FallbackNotice.astro';

/** Not translated into Arabic nor English: the whole text is Dutch. */
const untranslated = examplePage('ar', 'gids/boekje/werk');
/** Translated into Arabic, with a key word and the alt text in English. */
const partly = examplePage('ar', 'gids/boekje/aankomst');

export const examples = {
  arabicReaderWholePageInDutch: { reader: 'ar', props: { lang: 'ar', whole: untranslated.contentLang, languages: untranslated.fallbackLanguages } },
  arabicReaderPartsInEnglishAndDutch: {
    reader: 'ar',
    props: { lang: 'ar', languages: noticeLanguages('ar', partly.fallbackLanguages, exampleChecklist('ar').fallbackLanguages) },
  },
  dutchReader: { reader: 'nl', props: { lang: 'nl', languages: examplePage('nl', 'gids/boekje/werk').fallbackLanguages } },
} satisfies ComponentExamples<typeof FallbackNotice>;
