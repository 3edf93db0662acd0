// Named props for OfflinePack, as the tool's loader makes them (src/tools/registry.ts): only
// the reader's language. Its strings are in every language (locales/<lang>/offline.json), so
// nothing falls back: the Arabic reader shows the right-to-left box in Arabic.
import type { ComponentExamples } from '../../../tests/support/component-tests';
import type OfflinePack from './OfflinePack.astro';

export const examples = {
  arabicReader: { reader: 'ar', path: '/ar/pakket/', props: { lang: 'ar' } },
  dutchReader: { reader: 'nl', path: '/nl/pakket/', props: { lang: 'nl' } },
} satisfies ComponentExamples<typeof OfflinePack>;
