// Named props for PrintList, from the mocked content's page model and its PDFs (tests/support/example-content.ts).
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { examplePages } from '../../../tests/support/example-content';
import { pdfCatalogue } from '../../model/pdfs';
import type PrintList from './PrintList.astro';

export const examples = {
  /** Every language's PDFs, named in Arabic where the page is translated, else English or Dutch. */
  arabicReader: { reader: 'ar', props: { lang: 'ar', groups: pdfCatalogue(examplePages, 'ar') } },
  dutchReader: { reader: 'nl', props: { lang: 'nl', groups: pdfCatalogue(examplePages, 'nl') } },
} satisfies ComponentExamples<typeof PrintList>;
