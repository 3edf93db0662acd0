// What a download costs (scripts/pdf-meta.mjs): the page count read from the PDF, the size in
// the reader's language, and the line written on every link to the PDF in the built pages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillDownloadMeta, formatSize, metaText, pdfPageCount } from '../../scripts/pdf-meta.mjs';

/** A minimal PDF as Chromium writes its page tree. */
const pdf = (count: number) =>
  `%PDF-1.4\n1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type /Pages\n/Count ${count}\n/Kids [3 0 R]>>\nendobj\n%%EOF\n`;

describe('pdf meta', () => {
  it('reads the page count of the page tree', () => {
    expect(pdfPageCount(Buffer.from(pdf(26)))).toBe(26);
    expect(() => pdfPageCount(Buffer.from('%PDF-1.4\n%%EOF'))).toThrow(/no page tree/);
  });

  it('writes the size in the reader’s language, Arabic with Western digits as in Morocco', () => {
    expect(formatSize('en', 430_123)).toBe('430 kB');
    expect(formatSize('ru', 430_123)).toBe('430 кБ');
    expect(formatSize('ar', 430_123)).toMatch(/^430 /);
    expect(formatSize('nl', 1_250_000)).toBe('1,3 MB');
  });

  it('fills in every link to the PDF, on every page, and only those', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-meta-'));
    fs.mkdirSync(path.join(dist, 'downloads', 'ru'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'downloads', 'ru', 'a.pdf'), pdf(7).padEnd(2400, ' '));
    fs.mkdirSync(path.join(dist, 'ru', 'pakket'), { recursive: true });
    const link = (href: string) => `<a href="${href}" type="application/pdf"><span>Рюкзак</span> <small data-pdf>(PDF, A4)</small></a>`;
    fs.writeFileSync(
      path.join(dist, 'ru', 'pakket', 'index.html'),
      `<html lang="ru"><body>${link('/downloads/ru/a.pdf')} ${link('/downloads/ru/b.pdf')}</body></html>`,
    );
    const meta = { text: metaText('PDF, {{format}}, {{size}}, страниц: {{pages}}', { format: 'A4', size: '{{size}}', pages: '{{pages}}' }), lang: 'ru' };
    expect(fillDownloadMeta(dist, [{ href: '/downloads/ru/a.pdf', lang: 'ru', format: 'A4', meta }])).toBe(1);
    const html = fs.readFileSync(path.join(dist, 'ru', 'pakket', 'index.html'), 'utf8');
    expect(html).toContain('<span>Рюкзак</span> <small>(PDF, A4, 2 кБ, страниц: 7)</small></a>');
    // A PDF that was not printed keeps what the build wrote.
    expect(html).toContain(`${link('/downloads/ru/b.pdf')}`);
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('writes the line in the language of the page that links the PDF (a print list of every language)', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-meta-'));
    fs.mkdirSync(path.join(dist, 'downloads', 'ar'), { recursive: true });
    fs.mkdirSync(path.join(dist, 'downloads', 'nl'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'downloads', 'ar', 'a.pdf'), pdf(3).padEnd(1_250_000, ' '));
    fs.writeFileSync(path.join(dist, 'downloads', 'nl', 'a.pdf'), pdf(2).padEnd(2400, ' '));
    fs.mkdirSync(path.join(dist, 'nl', 'partners'), { recursive: true });
    fs.writeFileSync(
      path.join(dist, 'nl', 'partners', 'index.html'),
      `<html lang="nl"><body><a href="/downloads/ar/a.pdf" hreflang="ar"><span>Brochure</span> <small data-pdf>(PDF, A4)</small></a></body></html>`,
    );
    const template = (text: string, lang: string) => ({ text: metaText(text, { format: 'A4', size: '{{size}}', pages: '{{pages}}' }), lang });
    const printed = [
      { href: '/downloads/ar/a.pdf', lang: 'ar', format: 'A4', meta: template('PDF، {{format}}، {{size}}، عدد الصفحات: {{pages}}', 'ar') },
      { href: '/downloads/nl/a.pdf', lang: 'nl', format: 'A4', meta: template('PDF, {{format}}, {{size}}, pagina’s: {{pages}}', 'nl') },
    ];
    expect(fillDownloadMeta(dist, printed)).toBe(1);
    expect(fs.readFileSync(path.join(dist, 'nl', 'partners', 'index.html'), 'utf8')).toContain('<small>(PDF, A4, 1,3 MB, pagina’s: 3)</small></a>');
    fs.rmSync(dist, { recursive: true, force: true });
  });
});
