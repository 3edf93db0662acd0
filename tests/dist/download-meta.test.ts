// Downloads say what they cost: every link to a PDF in the built pages shows its type, paper
// size, file size and page count, and the page count is the PDF's own (pdfinfo).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSize } from '../../scripts/pdf-meta.mjs';
import { distDir, pagePaths, resolvePath } from '../support/dist';

interface Declared {
  lang: string;
  href: string;
  format: string;
}
const declared: Declared[] = JSON.parse(fs.readFileSync(path.join(distDir, 'downloads/index.json'), 'utf8'));
const pages = pagePaths().map((page) => ({ page, html: fs.readFileSync(resolvePath(page, distDir)!, 'utf8') }));

describe('download links', () => {
  it('no link is left without its size and page count', () => {
    expect(pages.filter(({ html }) => html.includes('<small data-pdf>')).map(({ page }) => page)).toEqual([]);
  });

  it.each(declared)('$href: type, paper size, file size and page count on every link', (pdf) => {
    const file = path.join(distDir, pdf.href);
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info.error, 'pdfinfo is missing (Debian: poppler-utils)').toBeUndefined();
    const count = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
    const links = pages.flatMap(({ page, html }) =>
      [...html.matchAll(new RegExp(`<a href="${pdf.href}"[^>]*>(?:(?!</a>).)*?<small(?: lang="([^"]+)")?>([^<]*)</small>`, 'g'))].map((match) => ({
        page,
        // The line is in the page's language (or the language its template falls back to).
        lang: match[1] ?? /<html lang="([^"]+)"/.exec(html)![1]!,
        text: match[2]!,
      })),
    );
    expect(links.length, `no page links ${pdf.href}`).toBeGreaterThan(0);
    for (const { page, lang, text } of links) {
      expect(text, page).toMatch(/^\(PDF[,،] /);
      expect(text, page).toContain(pdf.format);
      expect(text, page).toContain(formatSize(lang, fs.statSync(file).size));
      expect(text, page).toMatch(new RegExp(`: ${count}\\)$`));
    }
  });
});
