// Named props for SiteSearch: every page of the mocked content (tests/support/example-content.ts)
// in one language, as the search tool's loader lists them (src/tools/registry.ts).
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { examplePages } from '../../../tests/support/example-content';
import type SiteSearch from './SiteSearch.astro';

const pagesOf = (lang: string) => examplePages.filter((page) => page.lang === lang);
const storyList = pagesOf('ar').find((page) => page.slug !== '')!.slug;

export const examples = {
  /** Some titles of the Arabic pages are shown in Dutch or English; two stories under another page than the home page. */
  arabicReader: {
    reader: 'ar',
    props: {
      lang: 'ar',
      pages: pagesOf('ar'),
      // Two stories listed under a page, as the testimonials tool's stories are.
      subPages: {
        [storyList]: [
          { title: 'Amina', slug: `${storyList}/amina` },
          { title: 'Yusuf', slug: `${storyList}/yusuf` },
        ],
      },
    },
  },
  dutchReader: { reader: 'nl', props: { lang: 'nl', pages: pagesOf('nl') } },
} satisfies ComponentExamples<typeof SiteSearch>;
