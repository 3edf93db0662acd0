// FallbackNotice: each example rendered, what it says and its attributes checked, and axe over every example.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, parseHtml, renderExample } from '../../../tests/support/component-tests';
import FallbackNotice from './FallbackNotice.astro';
import { examples } from './FallbackNotice.examples';

describe('FallbackNotice', () => {
  it('an Arabic reader of a Dutch page: says in Arabic that the text below is Dutch', async () => {
    const root = parseHtml(await renderExample(FallbackNotice, examples.arabicReaderWholePageInDutch));
    const notice = root.querySelector('aside')!;
    expect(notice.getAttribute('aria-labelledby')).toBe('fallback-notice-title');
    expect(root.querySelector('#fallback-notice-title')?.text.trim()).toBe('لم تُترجم بعد');
    expect(notice.querySelectorAll('p')[1]?.text).toBe('هذه الصفحة لم تُترجم بعد. لغة النص أدناه: الهولندية.');
    // The notice is in the reader's language: it inherits the page's lang and dir.
    expect(root.querySelectorAll('[lang], [dir]')).toHaveLength(0);
  });

  it('an Arabic reader of a page with parts in English and Dutch: names both, English first', async () => {
    const example = examples.arabicReaderPartsInEnglishAndDutch;
    expect(example.props.languages).toEqual(['en', 'nl']);
    const root = parseHtml(await renderExample(FallbackNotice, example));
    expect(root.querySelectorAll('aside p')[1]?.text).toBe('أجزاء من هذه الصفحة لم تُترجم بعد. لغة هذه الأجزاء: الإنجليزية والهولندية.');
  });

  it('a Dutch reader: nothing to tell, nothing rendered', async () => {
    expect((await renderExample(FallbackNotice, examples.dutchReader)).trim()).toBe('');
  });

  itPassesAxe(FallbackNotice, examples);
});
