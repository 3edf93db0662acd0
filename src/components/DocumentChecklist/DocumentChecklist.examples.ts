// Named props for DocumentChecklist: the mocked checklist through the real model (tests/support/example-content.ts).
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { exampleChecklist } from '../../../tests/support/example-content';
import type DocumentChecklist from './DocumentChecklist.astro';

export const examples = {
  /** Arabic lacks a group name, a situation and items: shown in English, else in Dutch. */
  arabicReaderWithEnglishAndDutchFallback: { reader: 'ar', props: { lang: 'ar', list: exampleChecklist('ar') } },
  dutchReader: { reader: 'nl', props: { lang: 'nl', list: exampleChecklist('nl') } },
} satisfies ComponentExamples<typeof DocumentChecklist>;
