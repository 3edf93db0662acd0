// `npm run content:report`: per language, how many pages are the Dutch source, draft
// translations, checked translations or fall back; which pages carry facts that need an
// editor's check; which were last reviewed more than a year ago. Prints a summary and writes
// the same as JSON (reports/content-report.json).
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentDir, localesDir } from '../src/site-env.ts';

const DAY = 24 * 60 * 60 * 1000;

function frontMatter(file) {
  const text = fs.readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? parse(match[1]) ?? {} : {};
}

function mdxFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).filter((file) => file.endsWith('.mdx')).map((file) => file.split(path.sep).join('/')).sort();
}

/**
 * @typedef {{ source: number, draft: number, checked: number, fallback: number, fallbackPages: string[], data: Record<string, string> }} LanguageRow
 * @typedef {{ generated: string, languages: Record<string, LanguageRow>, needsCheck: { file: string, facts: string[] }[], stale: { file: string, lastReviewed: string | null }[] }} ContentReport
 * @param {{ contentDir?: string, localesDir?: string, today?: Date }} [options]
 * @returns {ContentReport}
 */
export function contentReport({ contentDir = 'content', localesDir = 'locales', today = new Date() } = {}) {
  const languages = fs.readdirSync(localesDir).filter((code) => fs.existsSync(path.join(localesDir, code, 'common.json'))).sort();
  const sourcePages = mdxFiles(path.join(contentDir, 'nl'));
  /** @type {ContentReport} */
  const report = { generated: today.toISOString().slice(0, 10), languages: {}, needsCheck: [], stale: [] };

  for (const lang of languages) {
    const counts = { source: 0, draft: 0, checked: 0, fallback: 0 };
    const fallback = [];
    for (const page of sourcePages) {
      const file = path.join(contentDir, lang, page);
      if (!fs.existsSync(file)) {
        counts.fallback += 1;
        fallback.push(page);
        continue;
      }
      const data = frontMatter(file);
      if (data.translation in counts) counts[data.translation] += 1;
      if (data.needsCheck?.length) report.needsCheck.push({ file: path.relative('.', file), facts: data.needsCheck });
      const reviewed = data.lastReviewed ? new Date(data.lastReviewed) : undefined;
      if (!reviewed || today - reviewed > 365 * DAY) report.stale.push({ file: path.relative('.', file), lastReviewed: data.lastReviewed ?? null });
    }
    const data = {};
    for (const [name, file] of [['phrases', `taalgids/translations/${lang}.json`], ['checklist', `rugzak/translations/${lang}.json`]]) {
      const full = path.join(contentDir, file);
      data[name] = fs.existsSync(full) ? JSON.parse(fs.readFileSync(full, 'utf8')).translation : 'fallback';
    }
    report.languages[lang] = { ...counts, fallbackPages: fallback, data };
  }

  const items = path.join(contentDir, 'rugzak/items.json');
  if (fs.existsSync(items)) {
    const unchecked = JSON.parse(fs.readFileSync(items, 'utf8')).filter((item) => item.needsCheck !== false).map((item) => item.id);
    if (unchecked.length) report.needsCheck.push({ file: path.relative('.', items), facts: unchecked.map((id) => `legalisation and translation rules of "${id}"`) });
  }
  return report;
}

export function printReport(report) {
  console.log(`Content report (${report.generated})`);
  console.log('lang  source  draft  checked  fallback  phrases   checklist');
  for (const [lang, row] of Object.entries(report.languages)) {
    console.log(`${lang.padEnd(6)}${String(row.source).padStart(6)}${String(row.draft).padStart(7)}${String(row.checked).padStart(9)}${String(row.fallback).padStart(10)}  ${row.data.phrases.padEnd(9)} ${row.data.checklist}`);
  }
  const facts = report.needsCheck.reduce((sum, entry) => sum + entry.facts.length, 0);
  console.log(`Needs an editor's check: ${facts} facts in ${report.needsCheck.length} files`);
  for (const entry of report.needsCheck.filter((entry) => entry.file.includes('/nl/') || entry.file.endsWith('items.json'))) {
    console.log(`  ${entry.file}: ${entry.facts.length}`);
  }
  console.log(`Last reviewed more than a year ago: ${report.stale.length} pages${report.stale.map((entry) => `\n  ${entry.file} (${entry.lastReviewed})`).join('')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = contentReport({ contentDir, localesDir });
  printReport(report);
  fs.mkdirSync('reports', { recursive: true });
  fs.writeFileSync('reports/content-report.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('Written: reports/content-report.json');
}
