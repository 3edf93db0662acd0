// Named props for ChapterNav, from the mocked content's page model (tests/support/example-content.ts).
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { examplePages } from '../../../tests/support/example-content';
import { childPages } from '../../model/site-pages';
import type ChapterNav from './ChapterNav.astro';

/** The chapters around the middle one ("werk"): in Arabic, the previous one is Arabic, the next one English. */
const around = (lang: string) => {
  const [previous, , next] = childPages(examplePages, lang, 'gids/boekje');
  return { lang, previous, next };
};

export const examples = {
  arabicReaderWithEnglishFallback: { reader: 'ar', props: around('ar') },
  dutchReader: { reader: 'nl', props: around('nl') },
  firstChapter: { reader: 'ar', props: { lang: 'ar', next: around('ar').previous } },
} satisfies ComponentExamples<typeof ChapterNav>;
