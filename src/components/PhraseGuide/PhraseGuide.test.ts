// PhraseGuide: each example rendered, the language of every part and the ids checked, and axe over every example.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import PhraseGuide from './PhraseGuide.astro';
import { examples } from './PhraseGuide.examples';

describe('PhraseGuide', () => {
  it('an Arabic reader: English theme names, meanings and pronunciations carry lang="en" dir="ltr"', async () => {
    const root = parseHtml(await renderExample(PhraseGuide, examples.arabicReaderWithEnglishFallback));
    expect(languageAt(root, 'التحية', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(languageAt(root, 'At the doctor’s', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(languageAt(root, 'صباح الخير!', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(languageAt(root, 'Where is the teacher?', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(languageAt(root, 'wahr is duh yuf', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    // The Dutch phrase is Dutch, left to right, everywhere.
    expect(languageAt(root, 'Waar is de juf?', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
  });

  it('the pronunciation key: the Dutch spelling marked Dutch, each explanation in its own language', async () => {
    const root = parseHtml(await renderExample(PhraseGuide, examples.arabicReaderWithEnglishFallback));
    expect(root.querySelectorAll('h2').at(-1)!.id).toBe('sounds');
    expect(languageAt(root, 'g, ch', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(languageAt(root, 'تُكتب خ: صوت ناعم في آخر الحلق.', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(languageAt(root, 'Een open klank met ronde lippen.', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
  });

  it('opens with the themes as a jump list, in their order, then the pronunciation key; the key follows the phrases', async () => {
    const root = parseHtml(await renderExample(PhraseGuide, examples.arabicReaderWithEnglishFallback));
    const headings = root.querySelectorAll('h2').map((heading) => heading.id);
    expect(headings[0]).toBe('themes-title');
    expect(headings.at(-1)).toBe('sounds');
    const jumps = root.querySelectorAll('nav.phrase-guide__themes a').map((link) => link.getAttribute('href'));
    expect(jumps).toEqual([...headings.slice(1, -1), 'sounds'].map((id) => `#${id}`));
    // Each theme's name in the list carries the same language as its heading.
    const first = root.querySelector('nav.phrase-guide__themes a')!;
    expect(first.getAttribute('lang')).toBe(root.querySelector(`h2#${headings[1]}`)!.getAttribute('lang'));
  });

  it('a phrase translated nowhere shows only its Dutch', async () => {
    const root = parseHtml(await renderExample(PhraseGuide, examples.arabicReaderWithEnglishFallback));
    const item = root.querySelector('section[aria-labelledby="theme-noodgeval"] li')!;
    expect(item.querySelectorAll('p').map((paragraph) => paragraph.classList.value)).toEqual([['phrase-guide__dutch']]);
  });

  it('a recorded phrase gets a player; the others a "Listen" button for scripts only, described by their own phrase', async () => {
    const root = parseHtml(await renderExample(PhraseGuide, examples.arabicReaderWithEnglishFallback));
    expect(root.querySelectorAll('audio').map((audio) => audio.getAttribute('src'))).toEqual(['/audio/taalgids/goedemorgen.mp3']);
    const buttons = root.querySelectorAll('button');
    expect(buttons).toHaveLength(7);
    for (const button of buttons) {
      // Left out by global.css where no script runs; not hidden by an attribute the script removes (the list would move).
      expect(button.attributes).toHaveProperty('data-needs-script');
      expect(button.attributes).not.toHaveProperty('hidden');
      expect(root.querySelector(`#${button.getAttribute('aria-describedby')}`)?.classList.contains('phrase-guide__dutch')).toBe(true);
    }
  });

  it('ids are unique', async () => {
    const root = parseHtml(await renderExample(PhraseGuide, examples.arabicReaderWithEnglishFallback));
    const ids = root.querySelectorAll('[id]').map((element) => element.id);
    expect(ids.length).toBeGreaterThan(8);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a Dutch reader: no translations, and only the Dutch phrases carry lang', async () => {
    const root = parseHtml(await renderExample(PhraseGuide, examples.dutchReader));
    expect(root.querySelectorAll('.phrase-guide__meaning, .phrase-guide__say')).toHaveLength(0);
    expect(root.querySelectorAll('h2').map((heading) => heading.getAttribute('lang'))).toEqual(Array(10).fill(undefined));
    const withLang = root.querySelectorAll('[lang]');
    expect(withLang).toHaveLength(8);
    for (const element of withLang) expect(element.parentNode?.classList.contains('phrase-guide__dutch')).toBe(true);
  });

  itPassesAxe(PhraseGuide, examples);
});
