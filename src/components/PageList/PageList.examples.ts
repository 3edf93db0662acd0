// Named props for PageList, from the mocked content's page model (tests/support/example-content.ts).
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { examplePages } from '../../../tests/support/example-content';
import { childPages } from '../../model/site-pages';
import type PageList from './PageList.astro';

export const examples = {
  /** The brochure's chapters in Arabic: one translated, one shown in Dutch, one in English. */
  arabicReaderWithDutchAndEnglishFallback: { reader: 'ar', props: { lang: 'ar', pages: childPages(examplePages, 'ar', 'gids/boekje') } },
  dutchReader: { reader: 'nl', props: { lang: 'nl', pages: childPages(examplePages, 'nl', 'gids/boekje') } },
} satisfies ComponentExamples<typeof PageList>;
