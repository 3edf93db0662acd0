// Named props for QuestionFlow, from the flow view over a mocked flow and mocked elections
// (tests/support/example-content.ts): the checker's own page with every step (Arabic reader,
// the next step's page title only in Dutch) and an answer on a page of its own (Dutch reader).
import type { ComponentExamples } from '../../../tests/support/component-tests';
import { exampleElections, examplePage, exampleVotingFlow } from '../../../tests/support/example-content';
import { flowView } from './flow-view';
import type QuestionFlow from './QuestionFlow.astro';

/** The checker at /<lang>/stemtest/; answers lead on to the mocked page `stemmen`. */
export const exampleView = (lang: string) =>
  flowView({ flow: exampleVotingFlow, lang, slug: 'stemtest', elections: exampleElections, pageTitle: (slug) => examplePage(lang, slug).navTitle });

export const examples = {
  /** Every step in the page, the first shown: what the checker's own page renders, answered in place by its script. */
  arabicReaderWholeChecker: { reader: 'ar', path: '/ar/stemtest/', props: { view: exampleView('ar'), current: 'leeftijd', all: true } },
  /** One answer on its own page (/nl/stemtest/vlaanderen/), its heading the page's h1. */
  dutchReaderAnswerPage: { reader: 'nl', path: '/nl/stemtest/vlaanderen/', props: { view: exampleView('nl'), current: 'vlaanderen', heading: 'h1' } },
} satisfies ComponentExamples<typeof QuestionFlow>;
