// Named props for TestimonialList, from the testimonial model over mocked stories (a
// Turkish-told story with a Dutch version, a Dutch-told one), for an Arabic and a Dutch reader.
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { localizer } from '../../../tests/support/mock-content';
import { testimonialSchema } from '../../model/schemas';
import { buildTestimonials, filterTestimonials } from '../../model/testimonials';
import type TestimonialList from './TestimonialList.astro';

const stories = [
  {
    slug: 'aylin',
    data: {
      name: 'Aylin',
      consentRecorded: true,
      example: true,
      country: 'TR',
      toldIn: 'tr',
      arrived: 2023,
      region: 'vlaanderen',
      themes: ['werk', 'school'],
      texts: {
        tr: { translation: 'source', quote: 'İlk yıl zordu.', story: 'Hikâye.' },
        nl: { translation: 'draft', quote: 'Het eerste jaar was zwaar.', story: 'Verhaal.' },
      },
    },
  },
  {
    slug: 'els',
    data: {
      name: 'Els',
      consentRecorded: true,
      example: true,
      country: 'BR',
      toldIn: 'nl',
      arrived: 2017,
      region: 'brussel',
      themes: ['wegwijs'],
      texts: { nl: { translation: 'source', quote: 'Nu help ik zelf nieuwkomers.', story: 'Verhaal.' } },
    },
  },
].map(({ slug, data }) => ({ slug, file: `content/getuigenissen/${slug}.yaml`, data: testimonialSchema.parse(data) }));

const collection = (lang: string) => buildTestimonials({ testimonials: stories, pageSlugs: new Set(), portraitExists: () => false }, lang, localizer);

export const examples = {
  arabicReaderWithDutchFallback: { reader: 'ar', props: { lang: 'ar', collection: collection('ar'), listSlug: 'verhalen', items: collection('ar').items } },
  dutchReaderOneFilter: {
    reader: 'nl',
    props: {
      lang: 'nl',
      collection: collection('nl'),
      listSlug: 'verhalen',
      items: filterTestimonials(collection('nl').items, 'regio', 'brussel'),
      active: { filter: 'regio', value: 'brussel' },
    },
  },
} satisfies ComponentExamples<typeof TestimonialList>;
