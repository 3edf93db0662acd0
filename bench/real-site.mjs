// The real site as built in dist/: the bytes of each kind of page, the largest page against
// the 14 KB budget, the site's size by kind of file, and the PDFs.
import fs from 'node:fs';
import path from 'node:path';
import { budgetOf } from '../tests/support/gates/page-budget.ts';
import { fileOf, fileSizes, pageBytes, pageResources, siteSizeByKind } from './page-bytes.mjs';

/** Every page of a built site as a URL path (/nl/pakket/), sorted. */
export function pagePaths(dir) {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'index.html')
    .map((file) => `/${path.dirname(file).split(path.sep).join('/')}/`.replace(/^\/\.\/$/, '/'))
    .sort();
}

/** HTML plus the stylesheets a screen waits for, gzip: what the budget gate measures. */
const budgetBytes = (dir, page) =>
  [page, ...pageResources(dir, page).screenCss].map((urlPath) => fileOf(dir, urlPath)).reduce((total, file) => total + (file ? fileSizes(file).gzip : 0), 0);

export function realSite(dir) {
  const pages = pagePaths(dir).map((page) => {
    const { css, js } = pageResources(dir, page);
    return { page, kind: [...css, ...js].sort().join(' '), budget: budgetOf(page), budgetBytes: budgetBytes(dir, page), bytes: pageBytes(dir, page) };
  });
  // A kind of page (a template as the reader's browser sees it): the same stylesheets and scripts.
  const kinds = new Map();
  for (const page of pages) kinds.set(page.kind, [...(kinds.get(page.kind) ?? []), page]);
  const templates = [...kinds.values()]
    .map((group) => {
      const largest = group.reduce((a, b) => (b.bytes.total.gzip > a.bytes.total.gzip ? b : a));
      return { pages: group.length, example: group.find((page) => page.page.startsWith('/nl/'))?.page ?? group[0].page, largest };
    })
    .sort((a, b) => b.pages - a.pages);
  const byBudget = [...pages].sort((a, b) => b.budgetBytes / b.budget - a.budgetBytes / a.budget);
  const pdfDir = path.join(dir, 'downloads');
  const pdfs = fs.existsSync(pdfDir)
    ? fs
        .readdirSync(pdfDir, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.pdf'))
        .map((file) => ({ file, bytes: fs.statSync(path.join(pdfDir, file)).size }))
    : [];
  return { pageCount: pages.length, templates, closestToBudget: byBudget.slice(0, 5), sizeByKind: siteSizeByKind(dir), pdfs };
}
