// Named props for Illustration, from the mocked content's page model (tests/support/example-content.ts).
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { examplePage } from '../../../tests/support/example-content';
import type Illustration from './Illustration.astro';

const props = (lang: string) => {
  const page = examplePage(lang, 'gids/boekje/aankomst');
  return { name: page.illustration!.name, alt: page.illustration!.alt, file: `content/${lang}/gids/boekje/aankomst.mdx` };
};

export const examples = {
  /** The Arabic translation has no alt text: it falls back to the English. */
  arabicReaderWithEnglishAlt: { reader: 'ar', props: props('ar') },
  dutchReader: { reader: 'nl', props: props('nl') },
  /** The page's own illustration, under its title. */
  aboveTheFold: { reader: 'nl', props: { ...props('nl'), eager: true } },
} satisfies ComponentExamples<typeof Illustration>;
