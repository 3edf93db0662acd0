// Named props for PrintCover: the mocked brochure printed whole for an Arabic reader (its parts
// fall back to English and Dutch; a public address), and the mocked phrase guide printed by
// itself for a Dutch reader (the original text; a build without a public address).
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { examplePage, examplePublisher } from '../../../tests/support/example-content';
import { buildPrintCover } from '../../model/print-cover';
import type PrintCover from './PrintCover.astro';

const brochure = ['gids/boekje', 'gids/boekje/aankomst', 'gids/boekje/werk', 'gids/boekje/hulp'].map((slug) => examplePage('ar', slug));
const chapterId = (page: { slug: string }) => page.slug.split('/').at(-1)!;
const guide = examplePage('nl', 'gids/woorden');

export const examples = {
  arabicReaderWhole: {
    reader: 'ar',
    props: {
      lang: 'ar',
      title: { value: brochure[0]!.data.title, attrs: brochure[0]!.navTitle.attrs },
      cover: buildPrintCover(brochure, '/ar/gids/boekje/alles/', 'https://example.be', chapterId),
      publisher: examplePublisher,
    },
  },
  dutchReaderPage: {
    reader: 'nl',
    props: {
      lang: 'nl',
      title: { value: guide.data.title, attrs: guide.navTitle.attrs },
      cover: buildPrintCover([guide], '/nl/gids/woorden/', undefined, () => ''),
      publisher: examplePublisher,
    },
  },
} satisfies ComponentExamples<typeof PrintCover>;
