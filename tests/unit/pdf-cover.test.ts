// The PDF cover (scripts/pdf-cover.mjs) as the PDF stage puts it on a page: every word as text
// with its language and direction, a page with the contents for a whole document, a block for
// a short one.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { addCover } from '../../scripts/pdf-cover.mjs';

const words = (text: string, lang?: string, dir?: string) => ({ text, ...(lang ? { lang } : {}), ...(dir ? { dir } : {}) });
const cover = {
  site: words('الهجرة إلى فلاندرن'),
  title: words('The brochure <b>', 'en', 'ltr'),
  language: { label: words('اللغة'), name: 'العربية' },
  publisher: { label: words('صادر عن'), name: 'Agentschap Integratie en Inburgering', website: 'https://www.example.be/' },
  checked: words('آخر مراجعة: 2 دجنبر 2026'),
  status: words('هذه الترجمة مسودة.'),
  online: { label: words('على الإنترنت:'), address: 'https://example.be/ar/pakket/brochure/alles/' },
  contents: {
    label: words('المحتويات'),
    chapters: [
      { id: 'aankomst', ...words('الوصول') },
      { id: 'werk', ...words('Werk', 'nl', 'ltr') },
    ],
  },
};

function coverOf(data: object) {
  const { window } = new JSDOM('<!doctype html><html lang="ar" dir="rtl"><body><main><h1>Titel</h1></main></body></html>', { runScripts: 'outside-only' });
  window.eval(`(${addCover.toString()})(${JSON.stringify(data)})`);
  return window.document.querySelector('main')!.firstElementChild!;
}

describe('the PDF cover', () => {
  it('a whole document: a page of its own, first in main, with the contents linked to the chapters', () => {
    const section = coverOf(cover);
    expect(section.className).toBe('pdf-cover pdf-cover--page');
    expect(section.textContent).toContain('اللغة: العربية');
    expect(section.textContent).toContain('https://example.be/ar/pakket/brochure/alles/');
    expect([...section.querySelectorAll('nav a')].map((link) => [link.getAttribute('href'), link.getAttribute('lang')])).toEqual([
      ['#aankomst', null],
      ['#werk', 'nl'],
    ]);
    // Text stays text: nothing in the words becomes markup.
    expect(section.querySelector('b')).toBeNull();
    expect(section.querySelector('.pdf-cover__title span')?.getAttribute('dir')).toBe('ltr');
    expect([...section.querySelectorAll('span')].find((span) => span.textContent === 'Agentschap Integratie en Inburgering')?.getAttribute('lang')).toBe('nl');
  });

  it('a short document: a block, without contents', () => {
    const section = coverOf({ ...cover, contents: undefined });
    expect(section.className).toBe('pdf-cover');
    expect(section.querySelector('nav')).toBeNull();
  });
});
