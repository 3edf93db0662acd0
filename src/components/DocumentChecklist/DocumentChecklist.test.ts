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
    const ticks = root.querySelectorAll('.checklist__item input[type="checkbox"]');
    expect(ticks.map((tick) => tick.id)).toEqual(['tick-paspoort', 'tick-geboorteakte', 'tick-huwelijksakte', 'tick-diploma']);
    for (const tick of ticks) {
      expect(root.querySelectorAll(`label[for="${tick.id}"]`)).toHaveLength(1);
      expect(root.querySelector(`#${tick.getAttribute('aria-describedby')}`)).not.toBeNull();
    }
    const ids = root.querySelectorAll('[id]').map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('only groups with items are shown; each item points to the rule of its kind of document, and the table has every country', async () => {
    const root = parseHtml(await renderExample(DocumentChecklist, examples.dutchReader));
    expect(root.querySelectorAll('h2').map((heading) => heading.id)).toEqual(['group-identiteit', 'group-huwelijk', 'group-opleiding', 'rules-title']);
    expect(root.querySelector('#document-paspoort .checklist__rule')).toBeNull();
    const rule = root.querySelector('#document-geboorteakte .checklist__rule')!;
    expect(rule.getAttribute('data-kinds')).toBe('akte');
    expect(rule.text.replace(/\s+/g, ' ').trim()).toBe('Regel per land: Akte');
    expect(rule.querySelector('a')!.getAttribute('href')).toBe('#rules');
    expect(root.querySelectorAll('input[name="country"]').map((radio) => radio.getAttribute('value'))).toEqual(['', 'land-a', 'land-b']);
    // The rules shared by every country once, then each country with its own.
    expect(root.querySelectorAll('[data-country]').map((block) => [block.getAttribute('data-country'), block.querySelector('h3')!.text])).toEqual([
      ['', 'Voor elk land'],
      ['land-a', 'Land A'],
      ['land-b', 'Land B'],
    ]);
    const landA = root.querySelector('[data-country="land-a"]')!;
    expect(landA.querySelectorAll('dt').map((term) => term.text)).toEqual(['Akte', 'Ander officieel document']);
    expect(landA.querySelector('dd')!.getAttribute('data-kinds')).toBe('akte openbaar');
  });

  it('an Arabic reader: rule texts and country names that fall back carry their lang', async () => {
    const root = parseHtml(await renderExample(DocumentChecklist, examples.arabicReaderWithEnglishAndDutchFallback));
    expect(languageAt(root, 'Apostille from country A.', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(languageAt(root, 'Geen stempel nodig.', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(languageAt(root, 'البلد ب', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(languageAt(root, 'Country A', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('a Dutch reader: nothing carries lang', async () => {
    const root = parseHtml(await renderExample(DocumentChecklist, examples.dutchReader));
    expect(root.querySelectorAll('label').length).toBeGreaterThan(4);
    expect(root.querySelectorAll('[lang]')).toHaveLength(0);
  });

  itPassesAxe(DocumentChecklist, examples);
});
