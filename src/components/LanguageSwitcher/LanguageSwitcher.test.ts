// LanguageSwitcher: each example rendered, every link's lang, dir, href and the current language checked, and axe over every example.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, parseHtml, renderExample } from '../../../tests/support/component-tests';
import { localeCodes } from '../../i18n/locales';
import LanguageSwitcher from './LanguageSwitcher.astro';
import { examples } from './LanguageSwitcher.examples';

const links = async (example: (typeof examples)[keyof typeof examples]) =>
  parseHtml(await renderExample(LanguageSwitcher, example))
    .querySelectorAll('a')
    .map((link) => link.attributes);

describe('LanguageSwitcher', () => {
  it('an Arabic reader: every language links to the same page; the left-to-right names carry dir="ltr"', async () => {
    const all = await links(examples.arabicReader);
    expect(all.map((link) => link.lang)).toEqual(localeCodes);
    for (const link of all) {
      expect(link).toMatchObject({ href: `/${link.lang}/gids/lijst/`, hreflang: link.lang });
      expect(link.dir).toBe(link.lang === 'ar' ? undefined : 'ltr');
      expect(link['aria-current']).toBe(link.lang === 'ar' ? 'true' : undefined);
    }
  });

  it('a Dutch reader: only Arabic carries dir="rtl"', async () => {
    const all = await links(examples.dutchReaderOnTheHomePage);
    expect(all.filter((link) => link.dir).map((link) => [link.lang, link.dir])).toEqual([['ar', 'rtl']]);
    expect(all.find((link) => link.lang === 'nl')).toMatchObject({ href: '/nl/', 'aria-current': 'true' });
  });

  it('the button says the language in the reader’s words', async () => {
    const root = parseHtml(await renderExample(LanguageSwitcher, examples.arabicReader));
    expect(root.querySelector('.language-switcher__label')?.text.trim()).toBe('اللغة: العربية');
  });

  it('on a phone the button shows the language code, left to right, and its name still contains it', async () => {
    const root = parseHtml(await renderExample(LanguageSwitcher, examples.arabicReader));
    const code = root.querySelector('summary .language-switcher__code');
    expect(code?.text).toBe('AR');
    expect(code?.getAttribute('dir')).toBe('ltr');
    // The accessible name is the summary's text: the label and the code shown (WCAG 2.5.3).
    expect(root.querySelector('summary')?.text.replace(/\s+/g, ' ').trim()).toBe('اللغة: العربية AR');
  });

  itPassesAxe(LanguageSwitcher, examples);
});
