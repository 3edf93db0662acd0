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
    const items = root.querySelectorAll('.checklist__group li');
    // The box points to its description, whose id carries the document's id (what the script keeps).
    const described = items.map((item) => item.querySelector('input')!.getAttribute('aria-describedby'));
    expect(described).toEqual(['about-paspoort', 'about-geboorteakte', 'about-huwelijksakte', 'about-diploma']);
    for (const [index, item] of items.entries()) {
      // One box per item, inside the label that names it; its description is the item's own "what" and "why".
      const [tick, ...others] = item.querySelectorAll('input');
      expect(others).toEqual([]);
      expect(tick!.getAttribute('type')).toBe('checkbox');
      const label = tick!.parentNode!;
      expect(label.tagName).toBe('LABEL');
      expect(label.text.trim()).not.toBe('');
      const about = root.querySelector(`#${described[index]}`)!;
      expect(about.parentNode).toBe(item);
      expect(about.querySelectorAll('p')).toHaveLength(2);
    }
    // An item for everyone (the passport) has no data-situations; the others name theirs.
    expect(items.map((item) => item.getAttribute('data-situations'))).toEqual([undefined, undefined, 'partner', 'diplomas']);
    const ids = root.querySelectorAll('[id]').map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the tools are there for scripts from the first paint, their count already written as the script writes it', async () => {
    const root = parseHtml(await renderExample(DocumentChecklist, examples.dutchReader));
    // Not hidden by an attribute the script removes (the list would move down when it does).
    for (const tools of ['[data-checklist-filter]', '[data-checklist-tools]']) {
      expect(root.querySelector(tools)!.hasAttribute('hidden'), tools).toBe(false);
      expect(root.querySelector(tools)!.hasAttribute('data-needs-script'), tools).toBe(true);
    }
    const count = root.querySelector('[data-checklist-count]')!;
    const total = root.querySelectorAll('.checklist__group li').length;
    expect(total).toBeGreaterThan(1);
    expect(count.text.trim()).toBe(count.getAttribute('data-template')!.replace('{count}', '0').replace('{total}', String(total)));
    expect(count.text).toContain(String(total));
  });

  it('only groups with items are shown; each item points to the rule of its kind of document, and the table has every country', async () => {
    const root = parseHtml(await renderExample(DocumentChecklist, examples.dutchReader));
    expect(root.querySelectorAll('h2').map((heading) => heading.id)).toEqual(['group-identiteit', 'group-huwelijk', 'group-opleiding', 'rules-title']);
    const item = (id: string) => root.querySelector(`#about-${id}`)!.parentNode!;
    expect(item('paspoort').querySelector('[data-kinds]')).toBeNull();
    const rule = item('geboorteakte').querySelector('[data-kinds]')!;
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
