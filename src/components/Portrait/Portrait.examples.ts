// Named props for Portrait, from the testimonial model (src/model/testimonials.ts) over one
// mocked story told in Turkish with its portrait's alt text in Turkish and Dutch: an Arabic
// reader gets the Dutch alt text, marked. The drawing is one of the site's portraits
// (src/assets/portraits/); the story around it is made up.
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { localizer } from '../../../tests/support/mock-content';
import { testimonialSchema } from '../../model/schemas';
import { buildTestimonials } from '../../model/testimonials';
import type Portrait from './Portrait.astro';

const story = {
  slug: 'verteller',
  file: 'content/getuigenissen/verteller.yaml',
  data: testimonialSchema.parse({
    name: 'Derya',
    consentRecorded: true,
    example: true,
    country: 'TR',
    toldIn: 'tr',
    arrived: 2022,
    region: 'vlaanderen',
    themes: ['werk'],
    portrait: 'elif',
    texts: {
      tr: { translation: 'source', quote: 'Alıntı.', story: 'Hikâye.', portraitAlt: 'Kısa saçlı, gözlüklü bir kadının çizimi.' },
      nl: { translation: 'draft', quote: 'Citaat.', story: 'Verhaal.', portraitAlt: 'Tekening van een vrouw met kort haar en een bril.' },
    },
  }),
};

const portrait = (lang: string) =>
  buildTestimonials({ testimonials: [story], pageSlugs: new Set(), portraitExists: () => true }, lang, localizer).items[0]!.portrait!;

export const examples = {
  /** On top of a story's page: eager, 160 px. */
  arabicReaderWithDutchAlt: { reader: 'ar', props: { ...portrait('ar'), size: 160, eager: true } },
  /** In the list: lazy, 96 px. */
  dutchReaderInList: { reader: 'nl', props: { ...portrait('nl'), size: 96 } },
} satisfies ComponentExamples<typeof Portrait>;
