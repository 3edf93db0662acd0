// DocumentChecklist: each example rendered, the language of every text and the ids checked, and axe over every example.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import DocumentChecklist from './DocumentChecklist.astro';
import { examples } from './DocumentChecklist.examples';

describe('DocumentChecklist', () => {
  it('an Arabic reader: English and Dutch texts carry their lang and dir="ltr"; the labels around them stay Arabic', async () => {
    const root = parseHtml(await renderExample(DocumentChecklist, examples.arabicReaderWithEnglishAndDutchFallback));
    expect(languageAt(root, 'الهوية', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(languageAt(root, 'Marriage and relationship', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(languageAt(root, 'I have a diploma', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(languageAt(root, 'جواز السفر', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    for (const text of ['Marriage certificate', 'The proof of your marriage.', 'It shows your tie to your partner.']) {
      expect(languageAt(root, text, 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    }
    for (const text of ['Geboorteakte', 'Het bewijs van uw geboorte.', 'De gemeente vraagt ernaar bij de inschrijving.']) {
      expect(languageAt(root, text, 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    }
    const whys = root.querySelectorAll('strong').filter((strong) => !strong.hasAttribute('data-checklist-problem'));
    expect(whys.map((why) => [why.text, why.getAttribute('lang')])).toEqual(Array(4).fill(['لماذا؟', undefined]));
  });

  it('each tick box is labelled and described by its own item', async () => {
    const root = parseHtml(await renderExample(DocumentChecklist, examples.arabicReaderWithEnglishAndDutchFallback));
    const ticks = root.querySelectorAll('input[data-tick]');
    expect(ticks.map((tick) => tick.id)).toEqual(['tick-paspoort', 'tick-geboorteakte', 'tick-huwelijksakte', 'tick-diploma']);
    for (const tick of ticks) {
      expect(root.querySelectorAll(`label[for="${tick.id}"]`)).toHaveLength(1);
      expect(root.querySelector(`#${tick.getAttribute('aria-describedby')}`)).not.toBeNull();
    }
    const ids = root.querySelectorAll('[id]').map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('only groups with items are shown; needs to check are starred', async () => {
    const root = parseHtml(await renderExample(DocumentChecklist, examples.dutchReader));
    expect(root.querySelectorAll('h2').map((heading) => heading.id)).toEqual(['group-identiteit', 'group-huwelijk', 'group-opleiding']);
    expect(root.querySelector('[data-item="paspoort"] .checklist__needs')).toBeNull();
    expect(root.querySelectorAll('[data-item="geboorteakte"] .checklist__needs li').map((need) => need.text)).toEqual([
      'Meestal nodig: legalisatie of apostille *',
      'Meestal nodig: beëdigde vertaling *',
    ]);
  });

  it('a Dutch reader: nothing carries lang', async () => {
    const root = parseHtml(await renderExample(DocumentChecklist, examples.dutchReader));
    expect(root.querySelectorAll('label').length).toBeGreaterThan(4);
    expect(root.querySelectorAll('[lang]')).toHaveLength(0);
  });

  itPassesAxe(DocumentChecklist, examples);
});
