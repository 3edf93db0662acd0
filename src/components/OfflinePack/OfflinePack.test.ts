// OfflinePack: each example rendered. Without JavaScript the box explains itself and points to
// the PDFs, its buttons hidden; the size is a placeholder the build fills in; the messages wait
// hidden in a live region; the worker and the language are named for the script; axe over both.
import { describe, expect, it } from 'vitest';
import { itPassesAxe, languageAt, parseHtml, renderExample } from '../../../tests/support/component-tests';
import OfflinePack from './OfflinePack.astro';
import { examples } from './OfflinePack.examples';
import { OFFLINE_MESSAGES } from './keys';

describe('OfflinePack', () => {
  it('an Arabic reader: the box in Arabic, right-to-left; without JavaScript only the text and the way to the PDFs show', async () => {
    const root = parseHtml(await renderExample(OfflinePack, examples.arabicReader));
    const box = root.querySelector('section[data-offline-pack]')!;
    expect(box.attributes).toMatchObject({ 'data-offline-pack': 'ar', 'data-worker': '/sw.js', 'aria-labelledby': 'offline-pack-title' });
    expect(root.querySelector('#offline-pack-title')?.text).toBe('الحزمة بدون إنترنت');
    expect(languageAt(root, 'الحزمة بدون إنترنت', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    // The size sits inside the sentence, as a placeholder until the build writes it (src/offline/offline-pack.ts).
    const intro = root.querySelector('[data-offline-size]')!.parentNode!;
    expect(intro.text.replace(/\s+/g, ' ').trim()).toBe(
      'احفظوا صفحات الحزمة بهذه اللغة على هذا الجهاز: الكتيّب ودليل اللغة وحقيبة الوثائق وملفات PDF. عندها يمكنكم قراءتها بدون إنترنت أيضًا. يأخذ ذلك مساحة … تقريبًا.',
    );
    expect(root.querySelector('[data-offline-size]')?.outerHTML).toBe('<data data-offline-size value="">…</data>');
    expect(root.querySelector('[data-offline-no-script]')?.hasAttribute('hidden')).toBe(false);
    expect(root.querySelector('[data-offline-controls]')?.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('[data-offline-unsupported]')?.hasAttribute('hidden')).toBe(true);
    const status = root.querySelector('[data-offline-status]')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(
      status.querySelectorAll('[data-offline-message]').map((message) => [message.getAttribute('data-offline-message'), message.hasAttribute('hidden')]),
    ).toEqual(OFFLINE_MESSAGES.map((state) => [state, true]));
  });

  it('a Dutch reader: the Dutch strings carry no lang; the buttons say what they do', async () => {
    const root = parseHtml(await renderExample(OfflinePack, examples.dutchReader));
    expect(root.querySelectorAll('[lang]')).toHaveLength(0);
    expect(root.querySelectorAll('button').map((button) => [button.text.trim(), button.getAttribute('type')])).toEqual([
      ['Pakket bewaren op dit toestel', 'button'],
      ['Bewaard pakket verwijderen', 'button'],
    ]);
    expect(root.querySelector('[data-offline-no-script]')?.text).toContain('PDF’s op deze pagina');
  });

  itPassesAxe(OfflinePack, examples);
});
