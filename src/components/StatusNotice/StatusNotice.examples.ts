// Named props for StatusNotice: a section announced but not built yet (`status: coming` in the
// Dutch source), for an Arabic and a Dutch reader, and a page without a status.
import type { ComponentExamples } from '../../../tests/support/component-tests';
import type StatusNotice from './StatusNotice.astro';

export const examples = {
  arabicReaderComing: { reader: 'ar', props: { lang: 'ar', status: 'coming' } },
  dutchReaderComing: { reader: 'nl', props: { lang: 'nl', status: 'coming' } },
  dutchReaderBuilt: { reader: 'nl', props: { lang: 'nl', status: undefined } },
} satisfies ComponentExamples<typeof StatusNotice>;
