// Named props for LinkKit, from the mocked content's page model (tests/support/example-content.ts)
// on the configured site address.
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { examplePages } from '../../../tests/support/example-content';
import { linkKitView } from '../../model/link-kit';
import { siteUrl } from '../../site-env';
import type LinkKit from './LinkKit.astro';

const countries = [
  { id: 'marokko', region: 'MA' },
  { id: 'turkije', region: 'TR' },
];
const view = (lang: string) => linkKitView(examplePages, countries, lang, siteUrl, 'kit');

export const examples = {
  /** Titles in Arabic, English and Dutch; the addresses left-to-right. */
  arabicReader: { reader: 'ar', props: { lang: 'ar', view: view('ar') } },
  dutchReader: { reader: 'nl', props: { lang: 'nl', view: view('nl') } },
} satisfies ComponentExamples<typeof LinkKit>;
