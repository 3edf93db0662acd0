// Named props for SiteHeader. Its menu comes from the content (getMenuPages); the test gives
// it the mocked content's menu (tests/support/example-content.ts): in Arabic one section is
// Arabic, one English and one Dutch.
import type { ComponentExamples } from '../../../tests/support/component-tests';
import type SiteHeader from './SiteHeader.astro';

export const examples = {
  arabicReaderInASection: { reader: 'ar', props: { lang: 'ar', slug: 'gids/boekje' } },
  dutchReaderOnASectionPage: { reader: 'nl', props: { lang: 'nl', slug: 'gids' } },
} satisfies ComponentExamples<typeof SiteHeader>;
