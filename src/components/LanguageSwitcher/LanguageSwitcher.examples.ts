// Named props for LanguageSwitcher. It lists the site's real languages (locales/), each named
// in its own language: on an Arabic page every other name is left-to-right text.
import type { ComponentExamples } from '../../../tests/support/component-tests';
import type LanguageSwitcher from './LanguageSwitcher.astro';

export const examples = {
  arabicReader: { reader: 'ar', props: { lang: 'ar', slug: 'gids/lijst' } },
  dutchReaderOnTheHomePage: { reader: 'nl', props: { lang: 'nl', slug: '' } },
} satisfies ComponentExamples<typeof LanguageSwitcher>;
