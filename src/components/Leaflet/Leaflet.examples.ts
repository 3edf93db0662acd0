// Named props for Leaflet, as the tool's loader makes them (src/tools/registry.ts): the day
// the mocked election data was checked (tests/support/example-content.ts), written in the
// reader's language, and the leaflet's slug (a mocked page). Its strings are in every language,
// so nothing in it falls back: the Arabic reader shows the right-to-left page with a
// left-to-right address in it.
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { exampleElections } from '../../../tests/support/example-content';
import { formatDate } from '../../i18n/translate';
import type Leaflet from './Leaflet.astro';

const checked = (lang: string) => ({ text: formatDate(lang, new Date(`${exampleElections.next.checked}T00:00:00Z`)), datetime: exampleElections.next.checked });

export const examples = {
  arabicReader: { reader: 'ar', path: '/ar/stemmen/', props: { lang: 'ar', slug: 'stemmen', checked: checked('ar') } },
  dutchReader: { reader: 'nl', path: '/nl/stemmen/', props: { lang: 'nl', slug: 'stemmen', checked: checked('nl') } },
} satisfies ComponentExamples<typeof Leaflet>;
