import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentReport } from '../../scripts/content-report.mjs';

function write(root: string, file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
}

describe('content report', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('counts source, draft, checked and fallback pages per language, facts to check and stale pages', () => {
    for (const lang of ['nl', 'ar', 'tr']) write(root, `locales/${lang}/common.json`, '{}');
    write(root, 'content/nl/index.mdx', '---\ntitle: A\ntranslation: source\nlastReviewed: 2026-11-01\n---\n');
    write(root, 'content/nl/wonen.mdx', '---\ntitle: B\ntranslation: source\nlastReviewed: 2024-01-01\nneedsCheck:\n  - Een regel\n---\n');
    write(root, 'content/ar/index.mdx', '---\ntitle: A\ntranslation: checked\nlastReviewed: 2026-11-01\n---\n');
    write(root, 'content/tr/index.mdx', '---\ntitle: A\ntranslation: draft\nlastReviewed: 2026-11-01\n---\n');
    write(root, 'content/tr/wonen.mdx', '---\ntitle: B\ntranslation: draft\nlastReviewed: 2026-11-01\n---\n');
    const report = contentReport({ contentDir: path.join(root, 'content'), localesDir: path.join(root, 'locales'), today: new Date('2026-11-29') });
    expect(report.languages.nl).toMatchObject({ source: 2, draft: 0, checked: 0, fallback: 0 });
    expect(report.languages.ar).toMatchObject({ source: 0, checked: 1, fallback: 1, fallbackPages: ['wonen.mdx'] });
    expect(report.languages.tr).toMatchObject({ draft: 2, fallback: 0 });
    expect(report.needsCheck.map((entry) => [path.basename(entry.file), entry.facts])).toEqual([['wonen.mdx', ['Een regel']]]);
    expect(report.stale.map((entry) => path.basename(entry.file))).toEqual(['wonen.mdx']);
  });
});
