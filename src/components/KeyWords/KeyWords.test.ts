// KeyWords: each example rendered, its attributes checked, and axe over every example.
import { describe, expect, it } from 'vitest';
import { axeViolations, itPassesAxe, languageAt, pageAround, parseHtml, renderExample } from '../../../tests/support/component-tests';
import KeyWords from './KeyWords.astro';
import { examples } from './KeyWords.examples';

describe('KeyWords', () => {
  it('an Arabic reader: the box is right-to-left Arabic; the English meaning carries lang="en" dir="ltr"', async () => {
    const example = examples.arabicReaderWithEnglishFallback;
    const root = parseHtml(await renderExample(KeyWords, example));
    expect(root.querySelector('section')?.attributes).toMatchObject({ lang: 'ar', dir: 'rtl', 'aria-labelledby': 'key-words-title' });
    expect(root.querySelector('#key-words-title')?.text).toBe('كلمات مهمة باللغة الهولندية');
    const [own, fallback] = example.props.words;
    expect(fallback!.meaning.isFallback).toBe(true);
    expect(languageAt(root, fallback!.meaning.value, 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(languageAt(root, own!.meaning.value, 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    // The Dutch words themselves are Dutch, left to right, on every page.
    expect(languageAt(root, 'de verblijfskaart', 'ar')).toEqual({ lang: 'nl', dir: 'ltr' });
  });

  it('a Dutch reader: the meanings carry no lang of their own', async () => {
    const root = parseHtml(await renderExample(KeyWords, examples.dutchReader));
    const meanings = root.querySelectorAll('dd');
    expect(meanings.map((meaning) => meaning.text.trim())).toEqual(['het bestuur van uw stad of dorp', 'de kaart die toont dat u hier mag wonen']);
    for (const meaning of meanings) expect(meaning.attributes).not.toHaveProperty('lang');
  });

  it('with idPrefix: the heading id is prefixed and the section points to it', async () => {
    const root = parseHtml(await renderExample(KeyWords, examples.inWholeDocument));
    expect(root.querySelector('h2')?.id).toBe('aankomst-key-words-title');
    expect(root.querySelector('section')?.getAttribute('aria-labelledby')).toBe('aankomst-key-words-title');
  });

  it('without words: renders nothing', async () => {
    expect((await renderExample(KeyWords, examples.withoutWords)).trim()).toBe('');
  });

  itPassesAxe(KeyWords, examples);

  it('axe can fail: two boxes without idPrefix in one document share a heading id', async () => {
    const box = await renderExample(KeyWords, examples.arabicReaderWithEnglishFallback);
    const violations = await axeViolations(pageAround('ar', box + box));
    expect(violations.map((violation) => violation.id)).toEqual(['duplicate-id-aria']);
  });
});
