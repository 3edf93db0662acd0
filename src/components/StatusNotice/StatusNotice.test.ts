// StatusNotice: says in the reader's language, in a notice box, that the section is not built yet.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, parseHtml, renderExample } from '../../../tests/support/component-tests';
import StatusNotice from './StatusNotice.astro';
import { examples } from './StatusNotice.examples';

describe('StatusNotice', () => {
  it('an Arabic reader: a labelled notice in Arabic', async () => {
    const root = parseHtml(await renderExample(StatusNotice, examples.arabicReaderComing));
    const notice = root.querySelector('aside.notice')!;
    expect(notice.getAttribute('aria-labelledby')).toBe('status-notice-title');
    expect(root.querySelector('#status-notice-title')?.text.trim()).toBe('لم يجهز بعد');
    expect(root.querySelectorAll('[lang], [dir]')).toHaveLength(0);
  });

  it('a Dutch reader: the notice says the section is being made', async () => {
    const root = parseHtml(await renderExample(StatusNotice, examples.dutchReaderComing));
    expect(root.querySelectorAll('aside p').map((p) => p.text.trim())).toEqual([
      'Nog niet klaar',
      'Dit deel van de website is in de maak. Hieronder leest u wat er komt.',
    ]);
  });

  it('a page without a status: nothing rendered', async () => {
    expect((await renderExample(StatusNotice, examples.dutchReaderBuilt)).trim()).toBe('');
  });

  itPassesAxe(StatusNotice, examples);
});
