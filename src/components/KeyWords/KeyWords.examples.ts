// Named props for KeyWords, from the mocked content's page model (tests/support/example-content.ts).
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { examplePage } from '../../../tests/support/example-content';
import type KeyWords from './KeyWords.astro';

const arabic = examplePage('ar', 'gids/boekje/aankomst');
const dutch = examplePage('nl', 'gids/boekje/aankomst');

export const examples = {
  /** One meaning in Arabic, one falling back to English. */
  arabicReaderWithEnglishFallback: { reader: 'ar', props: { lang: 'ar', words: arabic.keyWords } },
  dutchReader: { reader: 'nl', props: { lang: 'nl', words: dutch.keyWords } },
  /** A chapter on the whole-document page, where several boxes share one document. */
  inWholeDocument: { reader: 'ar', props: { lang: 'ar', words: arabic.keyWords, idPrefix: 'aankomst' } },
  withoutWords: { reader: 'ar', props: { lang: 'ar', words: [] } },
} satisfies ComponentExamples<typeof KeyWords>;
