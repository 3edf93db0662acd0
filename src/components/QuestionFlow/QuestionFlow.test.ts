// QuestionFlow: each example rendered. The checker's own page holds every step, the first
// shown, each option a link to the next step's own address; an answer says its verdict, the
// next step (a page title that falls back is marked with its language), its dated source and
// the way back; dates come from the election data; ids are prefixed and unique; axe over both.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import { exampleElections } from '../../../tests/support/example-content';
import { electionFacts } from '../../model/elections';
import QuestionFlow from './QuestionFlow.astro';
import { examples } from './QuestionFlow.examples';

describe('QuestionFlow', () => {
  it('an Arabic reader on the checker’s page: every step present, only the first shown, options link to the steps’ own pages', async () => {
    const root = parseHtml(await renderExample(QuestionFlow, examples.arabicReaderWholeChecker));
    expect(root.querySelector('[data-flow]')?.getAttribute('data-flow')).toBe('/ar/stemtest/');
    const steps = root.querySelectorAll('section.flow__step');
    expect(steps.map((step) => [step.id, step.getAttribute('data-step'), step.hasAttribute('hidden')])).toEqual([
      ['kiesrecht-leeftijd', '/ar/stemtest/', false],
      ['kiesrecht-regio', '/ar/stemtest/regio/', true],
      ['kiesrecht-vlaanderen', '/ar/stemtest/vlaanderen/', true],
      ['kiesrecht-brussel', '/ar/stemtest/brussel/', true],
      ['kiesrecht-te-jong', '/ar/stemtest/te-jong/', true],
    ]);
    // Each step is named by its own heading, which the script focuses (tabindex -1).
    for (const step of steps) {
      const heading = root.querySelector(`#${step.getAttribute('aria-labelledby')}`);
      expect(heading?.tagName).toBe('H2');
      expect(heading?.getAttribute('tabindex')).toBe('-1');
      expect(step.querySelector('h2')).toBe(heading);
    }
    expect(steps[0]!.querySelectorAll('.flow__options a').map((link) => link.getAttribute('href'))).toEqual(['/ar/stemtest/regio/', '/ar/stemtest/te-jong/']);
    // The question in Arabic, with the election day of the data written in Arabic.
    const question = steps[0]!.querySelector('h2')!;
    expect(question.text).toContain(electionFacts(exampleElections, 'ar').day);
    expect(languageAt(root, question.text, 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    // The answers cite their source (Dutch titles, left-to-right) and restart at the first question.
    const flanders = steps[2]!;
    expect(flanders.querySelector('.flow__verdict')?.text.trim()).toBe('نعم');
    expect(flanders.querySelector('p:not([class])')?.text).toContain(electionFacts(exampleElections, 'ar').registrationDeadline);
    expect(flanders.querySelector('.flow__sources a')?.attributes).toMatchObject({ href: 'https://www.example.be/vlaanderen', hreflang: 'nl', dir: 'ltr' });
    expect(flanders.querySelector('.flow__restart a')?.getAttribute('href')).toBe('/ar/stemtest/');
    expect(steps[4]!.querySelector('.flow__verdict')?.text.trim()).toBe('لا');
    expect(steps[4]!.querySelector('.flow__next')).toBeNull();
    // The script that answers in place comes with the checker's own page.
    expect(root.querySelectorAll('script[type="module"]')).toHaveLength(1);
  });

  it('an Arabic reader: the next step’s page exists only in Dutch, so its title is marked nl and ltr, its link in the reader’s language', async () => {
    const root = parseHtml(await renderExample(QuestionFlow, examples.arabicReaderWholeChecker));
    const links = root.querySelectorAll('.flow__next a');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/ar/stemmen/', '/ar/stemmen/']);
    expect(languageAt(root, 'Verkiezingen', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(languageAt(root, 'الخطوة التالية:', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('a Dutch reader on an answer’s own page: only that step, its heading the h1, the data’s deadline, no lang on Dutch values, no script', async () => {
    const root = parseHtml(await renderExample(QuestionFlow, examples.dutchReaderAnswerPage));
    const steps = root.querySelectorAll('section.flow__step');
    expect(steps.map((step) => step.id)).toEqual(['kiesrecht-vlaanderen']);
    expect(steps[0]!.hasAttribute('hidden')).toBe(false);
    expect(root.querySelector('[data-flow]')).toBeNull();
    expect(root.querySelector('h1')?.text.trim()).toBe('Ja, u kunt stemmen voor de gemeenteraad.');
    expect(root.querySelector('.flow__verdict')?.text.trim()).toBe('Ja');
    expect(root.querySelector('p:not([class])')?.text).toContain('ten laatste op 31 juli 2036');
    expect(root.querySelector('.flow__next a')?.attributes).toEqual({ href: '/nl/stemmen/' });
    expect(root.querySelector('.flow__sources li')?.text.replace(/\s+/g, ' ').trim()).toBe('Bron voor Vlaanderen (geraadpleegd op 20 november 2035)');
    expect(root.querySelector('.flow__restart a')?.getAttribute('href')).toBe('/nl/stemtest/');
    expect(root.querySelectorAll('[lang]')).toHaveLength(0);
    expect(root.querySelectorAll('script')).toHaveLength(0);
  });

  itPassesAxe(QuestionFlow, examples);
});
