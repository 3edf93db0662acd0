// HelpDirectory: each example rendered; phone and web links, the language of fallback values and
// of Dutch proper names on an Arabic page, ids unique; axe over every example.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import HelpDirectory from './HelpDirectory.astro';
import { examples } from './HelpDirectory.examples';

describe('HelpDirectory', () => {
  it('an Arabic reader: fallback values carry their lang and dir="ltr"; Dutch names and addresses are marked Dutch', async () => {
    const root = parseHtml(await renderExample(HelpDirectory, examples.arabicReaderWithFallbacks));
    expect(root.querySelectorAll('h2').map((heading) => heading.text.trim())).toEqual(['الطوارئ', 'Helplines', 'الاندماج المدني', 'الإقامة']);
    expect(languageAt(root, 'Helplines', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(languageAt(root, 'Questions about violence.', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(languageAt(root, 'Inburgering in Gent.', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(languageAt(root, 'سيارة إسعاف أو رجال الإطفاء.', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(languageAt(root, 'Dienst Vreemdelingenzaken', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(languageAt(root, 'Pachecolaan 44, 1000 Brussel', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
    expect(root.querySelectorAll('a[href^="tel:"]').map((link) => [link.getAttribute('href'), link.text, link.getAttribute('dir')])).toEqual([
      ['tel:112', '112', 'ltr'],
      ['tel:1712', '1712', 'ltr'],
      ['tel:024888000', '02 488 80 00', 'ltr'],
    ]);
    expect(root.querySelector('a[href="https://www.1712.be"]')?.text).toBe('www.1712.be');
  });

  it('a place without a confirmed contact says where to ask, and every id is unique', async () => {
    const root = parseHtml(await renderExample(HelpDirectory, examples.dutchReader));
    const amal = root.querySelector('#place-amal')!;
    expect(amal.querySelectorAll('dd')).toHaveLength(1);
    expect(amal.text).toContain('Het adres en het telefoonnummer vraagt u bij uw gemeente.');
    const ids = root.querySelectorAll('[id]').map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('a Dutch reader: nothing carries a lang', async () => {
    const root = parseHtml(await renderExample(HelpDirectory, examples.dutchReader));
    expect(root.querySelectorAll('[lang]')).toHaveLength(0);
    expect(root.querySelector('.directory__checked')?.text.trim()).toMatch(/^Deze lijst is nagekeken op 2 december 2026\./);
  });

  itPassesAxe(HelpDirectory, examples);
});
