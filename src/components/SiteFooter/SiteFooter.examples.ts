// Named props for SiteFooter. Its links come from the content (getMenuPages); the test gives
// it the mocked content's footer menu (tests/support/example-content.ts), a page only in Dutch.
import type { ComponentExamples } from '../../../tests/support/component-tests';
import type SiteFooter from './SiteFooter.astro';

export const examples = {
  arabicReaderWithDutchFallback: { reader: 'ar', path: '/ar/gids/boekje/', props: { lang: 'ar' } },
  dutchReader: { reader: 'nl', path: '/nl/', props: { lang: 'nl' } },
} satisfies ComponentExamples<typeof SiteFooter>;
