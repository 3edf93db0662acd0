// Each built page loads the shared stylesheet of the frame, at most one of its page type, and
// the stylesheet of each tool its Dutch source declares, never another tool's (issue 12: one
// chunk used to hold every tool's styles, loaded by every content page). Prints the sheets and
// their bytes per kind of page, and fails on a small site that breaks the rule.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { contentDir } from '../../src/site-env.ts';
import { distDir } from '../support/dist';
import { checkStylesheets, declaredTools } from '../support/gates/stylesheets';
import type { ToolName } from '../../src/tools/names';

const count = new Intl.NumberFormat('en').format;
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('stylesheets per page', () => {
  it('every page loads the shared sheet, its page type’s and its declared tools’ styles, and no other tool’s', () => {
    const declared = declaredTools(
      contentDir,
      locales.map(({ code }) => code),
    );
    const { pages, problems } = checkStylesheets(distDir, declared);
    // One line per kind of page, in Russian (the longest texts), and the home and chooser pages.
    for (const page of ['/', '/ru/', '/ru/pakket/', '/ru/pakket/taalgids/', '/ru/pakket/rugzak/', '/ru/pakket/brochure/', '/ru/pakket/brochure/hulp/', '/ru/over/', '/ru/film/']) {
      const size = pages.find((entry) => entry.page === page);
      if (size)
        console.log(`stylesheets: ${page} ${size.sheets.length} (${size.sheets.map((sheet) => path.basename(sheet)).join(', ')}), ${count(size.bytes)} bytes, ${count(size.gzip)} gzip`);
    }
    console.log(`stylesheets (dist): ${count(pages.length)} pages, at most ${Math.max(...pages.map((entry) => entry.sheets.length))} sheets on one, ${problems.length} problems`);
    expect(pages.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  }, 120_000);

  it('fails on a tool’s styles in a sheet of a page that does not declare it, on frame styles split in three, on a sheet of no tool shared by different tools’ pages, and on a stale table', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stylesheets-'));
    temporary.push(dir);
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    const page = (...sheets: string[]) => `<!doctype html><title>x</title>${sheets.map((sheet) => `<link rel="stylesheet" href="${sheet}">`).join('')}`;
    write('_astro/site.css', 'body{margin:0}.site-header__bar{display:flex}');
    write('_astro/route.css', '.chapter-nav{display:flex}.phrase-guide__list{margin:0}.checklist__item{display:flex}');
    write('_astro/extra.css', '.whole{margin:0}');
    write('_astro/more.css', '.cards{margin:0}');
    write('_astro/Checklist.css', '.checklist__item{display:flex}@media print{.rules dt{font-weight:700}}');
    write('nl/over/index.html', page('/_astro/site.css', '/_astro/route.css'));
    write('nl/rugzak/index.html', page('/_astro/site.css', '/_astro/Checklist.css'));
    write('nl/index.html', page('/_astro/site.css', '/_astro/extra.css', '/_astro/more.css'));
    // A new tool not in the table, its styles in a sheet every content page of the route loads.
    write('_astro/slug.css', '.new-tool{display:grid}');
    write('nl/a/index.html', page('/_astro/site.css', '/_astro/slug.css'));
    write('nl/b/index.html', page('/_astro/site.css', '/_astro/slug.css'));
    const declared = new Map<string, ToolName[]>([
      ['/nl/over/', []],
      ['/nl/rugzak/', ['documentChecklist']],
      ['/nl/a/', []],
      ['/nl/b/', ['downloads']],
    ]);
    const { problems } = checkStylesheets(dir, declared);
    console.log(`stylesheets (small site): ${problems.length} problems`);
    expect(problems.filter((problem) => problem.startsWith('/nl/'))).toEqual([
      '/nl/: loads 3 stylesheets of no tool (/_astro/site.css, /_astro/extra.css, /_astro/more.css); expected the shared one and at most one of its page type',
      '/nl/over/: loads /_astro/route.css, which holds the styles of phraseGuide (.phrase-guide), a tool the page does not declare (it declares none)',
      '/nl/over/: loads /_astro/route.css, which holds the styles of documentChecklist (.checklist), a tool the page does not declare (it declares none)',
    ]);
    expect(problems).toContain(
      "/_astro/slug.css: a stylesheet of no tool in the table, loaded by pages that declare different tools (none; downloads): a tool's styles belong in its own sheet",
    );
    expect(problems).toContain('TOOL_CLASSES: no stylesheet has .pack-path (packPath); update the table');
  });
});
