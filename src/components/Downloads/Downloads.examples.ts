// Named props for Downloads, from the mocked content's page model and its PDFs (tests/support/example-content.ts).
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { examplePage } from '../../../tests/support/example-content';
import { pdfsOf } from '../../model/pdfs';
import type Downloads from './Downloads.astro';

/** The brochure (English in Arabic) and the phrase guide (translated into Arabic). */
const pdfs = (lang: string) => [examplePage(lang, 'gids/boekje'), examplePage(lang, 'gids/woorden')].flatMap(pdfsOf);

export const examples = {
  arabicReaderWithEnglishFallback: { reader: 'ar', props: { lang: 'ar', pdfs: pdfs('ar') } },
  dutchReader: { reader: 'nl', props: { lang: 'nl', pdfs: pdfs('nl') } },
} satisfies ComponentExamples<typeof Downloads>;
