// Named props for PublisherDetails: the mocked publisher (tests/support/example-content.ts),
// read by an Arabic reader (right to left, dates as in Morocco) and a Dutch reader.
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { examplePublisher } from '../../../tests/support/example-content';
import type PublisherDetails from './PublisherDetails.astro';

export const examples = {
  arabicReader: { reader: 'ar', props: { lang: 'ar', publisher: examplePublisher } },
  dutchReader: { reader: 'nl', props: { lang: 'nl', publisher: examplePublisher } },
} satisfies ComponentExamples<typeof PublisherDetails>;
