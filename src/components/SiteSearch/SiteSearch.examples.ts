// Named props for SiteSearch: every page of the mocked content (tests/support/example-content.ts)
// in one language, as the search tool's loader lists them (src/tools/registry.ts).
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { examplePages } from '../../../tests/support/example-content';
import type SiteSearch from './SiteSearch.astro';

const pagesOf = (lang: string) => examplePages.filter((page) => page.lang === lang);

export const examples = {
  /** Some titles of the Arabic pages are shown in Dutch or English. */
  arabicReader: { reader: 'ar', props: { lang: 'ar', pages: pagesOf('ar') } },
  dutchReader: { reader: 'nl', props: { lang: 'nl', pages: pagesOf('nl') } },
} satisfies ComponentExamples<typeof SiteSearch>;
