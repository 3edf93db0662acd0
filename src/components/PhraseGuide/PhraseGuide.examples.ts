// Named props for PhraseGuide: the mocked phrase guide through the real model (tests/support/example-content.ts).
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { examplePhrasebook } from '../../../tests/support/example-content';
import type PhraseGuide from './PhraseGuide.astro';

export const examples = {
  /** Arabic lacks a theme name and some phrases (shown in English); one phrase is translated nowhere. */
  arabicReaderWithEnglishFallback: { reader: 'ar', props: { lang: 'ar', book: examplePhrasebook('ar') } },
  dutchReader: { reader: 'nl', props: { lang: 'nl', book: examplePhrasebook('nl') } },
} satisfies ComponentExamples<typeof PhraseGuide>;
