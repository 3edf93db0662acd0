// What editors must know, per language: how many pages are the Dutch source, draft or checked
// translations, or fall back; every value that falls back (interface strings, phrases,
// checklist texts, key words, testimonials, subtitles and chapters), through the same model the site uses (i18n/localized.ts,
// model/site-pages.ts); facts that still need an editor's check; pages not reviewed for a
// year. Runs in plain Node (scripts/content-report.mjs), so it imports with .ts extensions.
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE } from '../i18n/config.ts';
import { createLocalizer } from '../i18n/localized.ts';
import { readMessages } from '../i18n/locales-fs.ts';
import { localesOf, missingKeys } from '../i18n/messages.ts';
import { buildSitePages, type PageInput } from '../model/site-pages.ts';
import { DATA_FILES, translationFile } from '../model/data-files.ts';
import { pageSchema } from '../model/schemas.ts';
import { datedSources, newestConsulted, sourceProblems, structureProblem, termProblems, type ReadSource } from './content-checks.ts';
import { parse as parseYaml } from 'yaml';
import { readMdx } from './mdx-file.ts';

const DAY = 24 * 60 * 60 * 1000;

export interface LanguageRow {
  source: number;
  draft: number;
  checked: number;
  fallback: number;
  fallbackPages: string[];
  /** Translations not shown because the Dutch source has changed since (their `revised` is older). */
  outdatedPages: string[];
  /** Values shown in another language, by kind: "file: key", or for testimonials and subtitles "file: what (shown in <lang>)". */
  missing: { strings: string[]; phrases: string[]; checklist: string[]; keyWords: string[]; testimonials: string[]; subtitles: string[] };
}

export interface ContentReport {
  generated: string;
  languages: Record<string, LanguageRow>;
  needsCheck: { file: string; facts: string[] }[];
  stale: { file: string; lastReviewed: string | null }[];
  /** Dutch pages without a web source and the date it was consulted, or with an address without its date: "file: problem". */
  undatedSources: string[];
  /** Every Dutch page: its sources (address and date consulted), its facts still to check, when it was last reviewed. */
  dutchPages: { file: string; lastReviewed: string; needsCheck: number; sources: ReadSource[] }[];
  /** Dutch pages last reviewed before the newest date one of their sources was consulted. */
  reviewedBeforeSources: { file: string; lastReviewed: string; newestSource: string }[];
  /** Current translations whose headings differ from their Dutch source's. */
  structure: { file: string; problem: string }[];
  /** Key words that depart from the terms file of their language, and terms files missing a term. */
  terms: { file: string; problem: string }[];
}

/** A data file as far as the report needs it; the build validates it fully. */
type Strings = Record<string, unknown>;
interface TranslationFile {
  themes?: Strings;
  phrases?: Strings;
  groups?: Strings;
  situations?: Strings;
  items?: Strings;
  countries?: Strings;
  kinds?: Strings;
  rules?: Strings;
}

const readJson = <T>(file: string): T | undefined => (fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : undefined);

function mdxFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

function filesIn(dir: string, extension: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(extension))
    .sort();
}

export function contentReport({ contentDir = 'content', localesDir = 'locales', publicDir = 'public', today = new Date() } = {}): ContentReport {
  const messages = readMessages(localesDir);
  const languages = localesOf(messages);
  const localizer = createLocalizer(languages);
  const shown = (file: string) => path.relative('.', path.join(contentDir, file));

  // Each file read once: its front matter for the model, its body for the structure check.
  const bodyOf = new Map<string, string>();
  const inputs: PageInput<string>[] = mdxFiles(contentDir)
    .filter((file) => languages.some(({ code }) => file.startsWith(`${code}/`)))
    .map((file) => {
      const { frontMatter, body } = readMdx(path.join(contentDir, file));
      bodyOf.set(shown(file), body);
      return { id: file.replace(/\.mdx$/, ''), file: shown(file), data: pageSchema.parse(frontMatter), entry: shown(file) };
    });
  const pages = buildSitePages(inputs, localizer);

  const phrases = readJson<{ id: string }[]>(path.join(contentDir, DATA_FILES.phrases)) ?? [];
  const rules = readJson<{ id: string; needsCheck?: string[] }[]>(path.join(contentDir, DATA_FILES.documentRules)) ?? [];
  const translationsOf = (folder: string) =>
    new Map(languages.map(({ code }) => [code, readJson<TranslationFile>(path.join(contentDir, translationFile(folder, code)))]));
  const phraseTexts = translationsOf(DATA_FILES.phraseTranslations);
  const checklistTexts = translationsOf(DATA_FILES.checklistTranslations);
  const missingIn = (keys: string[], byLang: Map<string, Strings | undefined>, prefix: string) => {
    const missing = localizer.missing({ keys, byLang: new Map([...byLang].map(([code, values]) => [code, values ?? {}])) });
    return (lang: string) => missing[lang]!.map((key) => `${prefix}${key}`);
  };
  const phraseMissing = missingIn(
    phrases.map((phrase) => phrase.id),
    new Map([...phraseTexts].map(([code, data]) => [code, data?.phrases])),
    'phrase: ',
  );
  const themeMissing = missingIn(
    Object.keys(phraseTexts.get(DEFAULT_LOCALE)?.themes ?? {}),
    new Map([...phraseTexts].map(([code, data]) => [code, data?.themes])),
    'phrase theme: ',
  );
  const checklistMissing = (lang: string) =>
    (['items', 'groups', 'situations', 'countries', 'kinds', 'rules'] as const).flatMap((field) =>
      missingIn(
        Object.keys(checklistTexts.get(DEFAULT_LOCALE)?.[field] ?? {}),
        new Map([...checklistTexts].map(([code, data]) => [code, data?.[field]])),
        `checklist ${field}: `,
      )(lang),
    );

  // Testimonials: each story (and its portrait's alt text) in the reader's language, else along
  // the one fallback order (model/testimonials.ts), as the site shows it.
  const testimonialDir = path.join(contentDir, DATA_FILES.testimonials);
  const stories = filesIn(testimonialDir, '.yaml').map((file) => ({
    file: shown(path.join(DATA_FILES.testimonials, file)),
    data: (parseYaml(fs.readFileSync(path.join(testimonialDir, file), 'utf8')) ?? {}) as {
      portrait?: string;
      texts?: Record<string, { story?: string; portraitAlt?: string }>;
    },
  }));
  const testimonialMissing = (lang: string) =>
    stories.flatMap(({ file, data }) => {
      const story = localizer.pick(lang, (code) => data.texts?.[code]?.story);
      const alt = data.portrait ? localizer.pick(lang, (code) => data.texts?.[code]?.portraitAlt) : undefined;
      return [
        ...(story?.isFallback ? [`${file}: story (shown in ${story.lang})`] : []),
        ...(alt?.isFallback ? [`${file}: portrait alt text (shown in ${alt.lang})`] : []),
      ];
    });
  // Subtitles and chapters of each page's video (model/video.ts): public/<tracks>/<lang>.vtt and chapters.<lang>.vtt.
  const videos = pages.filter((page) => page.lang === DEFAULT_LOCALE && page.source.video);
  const subtitleMissing = (lang: string) =>
    videos.flatMap((page) => {
      const tracks = page.source.video!.tracks;
      return (['', 'chapters.'] as const).flatMap((prefix) => {
        const file = (code: string) => `${tracks}/${prefix}${code}.vtt`;
        const picked = localizer.pick(lang, (code) => (fs.existsSync(path.join(publicDir, file(code))) ? code : undefined));
        const what = prefix ? 'chapters' : 'subtitles';
        if (!picked) return [`${page.entry}: ${what} (none: expected public/${file(DEFAULT_LOCALE)})`];
        return picked.isFallback ? [`${page.entry}: ${what} public/${file(lang)} (shown in ${picked.lang})`] : [];
      });
    });

  const report: ContentReport = {
    generated: today.toISOString().slice(0, 10),
    languages: {},
    needsCheck: [],
    stale: [],
    undatedSources: [],
    dutchPages: [],
    reviewedBeforeSources: [],
    structure: [],
    terms: [],
  };
  const day = (date: Date) => date.toISOString().slice(0, 10);
  for (const page of pages.filter((page) => page.lang === DEFAULT_LOCALE)) {
    const { sources, needsCheck, lastReviewed } = page.data;
    for (const problem of sourceProblems(sources)) report.undatedSources.push(`${page.entry}: ${problem}`);
    report.dutchPages.push({ file: page.entry, lastReviewed: day(lastReviewed), needsCheck: needsCheck.length, sources: datedSources(sources) });
    const newest = newestConsulted(sources);
    if (newest && newest > day(lastReviewed)) report.reviewedBeforeSources.push({ file: page.entry, lastReviewed: day(lastReviewed), newestSource: newest });
  }
  const termsFile = (lang: string) => shown(`${DATA_FILES.terms}/${lang}.json`);
  const termsOf = new Map(
    languages.map(({ code }) => [code, readJson<{ terms?: Record<string, string> }>(path.join(contentDir, DATA_FILES.terms, `${code}.json`))?.terms]),
  );
  const dutchTerms = Object.keys(termsOf.get(DEFAULT_LOCALE) ?? {});
  for (const [lang, terms] of termsOf) {
    if (lang === DEFAULT_LOCALE || !dutchTerms.length) continue;
    for (const term of dutchTerms.filter((term) => !terms?.[term]))
      report.terms.push({ file: termsFile(lang), problem: `no translation of the term "${term}" (${termsFile(DEFAULT_LOCALE)})` });
  }
  for (const page of pages.filter((page) => page.lang !== DEFAULT_LOCALE && !page.isFallback)) {
    const source = pages.find((other) => other.lang === DEFAULT_LOCALE && other.slug === page.slug)!;
    const problem = structureProblem(bodyOf.get(source.entry)!, bodyOf.get(page.entry)!);
    if (problem) report.structure.push({ file: page.entry, problem });
    const keyWords = page.data.keyWords && !Array.isArray(page.data.keyWords) ? page.data.keyWords : {};
    for (const termProblem of termProblems(page.lang, keyWords, termsOf.get(page.lang) ?? {}, termsFile(page.lang)))
      report.terms.push({ file: page.entry, problem: termProblem });
  }
  for (const { code: lang } of languages) {
    const own = pages.filter((page) => page.lang === lang);
    const row: LanguageRow = {
      source: 0,
      draft: 0,
      checked: 0,
      fallback: 0,
      fallbackPages: [],
      outdatedPages: [],
      missing: { strings: [], phrases: [], checklist: [], keyWords: [], testimonials: [], subtitles: [] },
    };
    for (const page of own) {
      if (page.isFallback) {
        row.fallback += 1;
        row.fallbackPages.push(page.slug || 'index');
        if (page.isOutdated) row.outdatedPages.push(page.slug || 'index');
        continue;
      }
      row[page.data.translation] += 1;
      row.missing.keyWords.push(...page.keyWords.filter((word) => word.meaning.isFallback).map((word) => `${page.entry}: ${word.nl}`));
      if (page.data.needsCheck.length) report.needsCheck.push({ file: page.entry, facts: page.data.needsCheck });
      if (today.getTime() - page.data.lastReviewed.getTime() > 365 * DAY)
        report.stale.push({ file: page.entry, lastReviewed: page.data.lastReviewed.toISOString().slice(0, 10) });
    }
    if (lang !== DEFAULT_LOCALE) {
      row.missing.strings = missingKeys(messages[DEFAULT_LOCALE]!, messages[lang]!);
      row.missing.phrases = [...themeMissing(lang), ...phraseMissing(lang)];
      row.missing.checklist = checklistMissing(lang);
      row.missing.testimonials = testimonialMissing(lang);
      row.missing.subtitles = subtitleMissing(lang);
    }
    report.languages[lang] = row;
  }
  const unchecked = rules.flatMap((rule) => (rule.needsCheck ?? []).map((fact) => `rule "${rule.id}": ${fact}`));
  if (unchecked.length) report.needsCheck.push({ file: shown(DATA_FILES.documentRules), facts: unchecked });
  const places = readJson<{ id: string; needsCheck?: string[] }[]>(path.join(contentDir, DATA_FILES.helpPlaces)) ?? [];
  const placeFacts = places.flatMap((place) => (place.needsCheck ?? []).map((fact) => `${place.id}: ${fact}`));
  if (placeFacts.length) report.needsCheck.push({ file: shown(DATA_FILES.helpPlaces), facts: placeFacts });
  // The election data and the checkers: what an editor must still confirm (readers never see it).
  const elections = readJson<{ id: string; needsCheck?: string[] }[]>(path.join(contentDir, DATA_FILES.elections)) ?? [];
  const electionFacts = elections.flatMap((election) => (election.needsCheck ?? []).map((fact) => `election "${election.id}": ${fact}`));
  if (electionFacts.length) report.needsCheck.push({ file: shown(DATA_FILES.elections), facts: electionFacts });
  for (const file of filesIn(path.join(contentDir, DATA_FILES.checkers), '.json')) {
    const flow = readJson<{ needsCheck?: string[]; answers?: { id: string; needsCheck?: string[] }[] }>(path.join(contentDir, DATA_FILES.checkers, file)) ?? {};
    const facts = [
      ...(flow.needsCheck ?? []),
      ...(flow.answers ?? []).flatMap((answer) => (answer.needsCheck ?? []).map((fact) => `answer "${answer.id}": ${fact}`)),
    ];
    if (facts.length) report.needsCheck.push({ file: shown(path.join(DATA_FILES.checkers, file)), facts });
  }
  // The publisher's details not confirmed yet: not shown to readers until an editor adds them with their source.
  const publisher = readJson<Record<string, { needsCheck?: string }>>(path.join(contentDir, DATA_FILES.publisher)) ?? {};
  const open = Object.entries(publisher).filter(([, detail]) => typeof detail?.needsCheck === 'string');
  if (open.length) report.needsCheck.push({ file: shown(DATA_FILES.publisher), facts: open.map(([field, detail]) => `${field}: ${detail.needsCheck}`) });
  return report;
}

export function printReport(report: ContentReport): void {
  console.log(`Content report (${report.generated})`);
  console.log('lang  source  draft  checked  fallback  missing: strings phrases checklist keyWords testimonials subtitles');
  for (const [lang, row] of Object.entries(report.languages)) {
    const counts = [row.source, row.draft, row.checked, row.fallback].map((count, index) => String(count).padStart([6, 7, 9, 10][index]!)).join('');
    const missing = [row.missing.strings, row.missing.phrases, row.missing.checklist, row.missing.keyWords, row.missing.testimonials, row.missing.subtitles]
      .map((list, index) => String(list.length).padStart([8, 8, 10, 9, 13, 10][index]!))
      .join('');
    console.log(`${lang.padEnd(6)}${counts}         ${missing}`);
  }
  for (const [lang, row] of Object.entries(report.languages)) {
    for (const slug of row.outdatedPages) console.log(`  ${lang} translation older than the Dutch source (not shown): ${slug}`);
    for (const value of Object.values(row.missing).flat()) console.log(`  ${lang} shows in another language: ${value}`);
  }
  const facts = report.needsCheck.reduce((sum, entry) => sum + entry.facts.length, 0);
  console.log(`Needs an editor's check: ${facts} facts in ${report.needsCheck.length} files`);
  for (const entry of report.needsCheck.filter((entry) => entry.file.includes(`/${DEFAULT_LOCALE}/`) || entry.file.endsWith('.json'))) {
    console.log(`  ${entry.file}: ${entry.facts.length}`);
  }
  console.log(`Dutch pages, their facts to check and their dated web sources:`);
  for (const page of report.dutchPages) {
    const web = page.sources.filter((source) => source.url && source.consulted);
    console.log(`  ${page.file}: reviewed ${page.lastReviewed}, ${page.needsCheck} to check, ${web.length} dated web sources`);
    for (const source of web) console.log(`    ${source.consulted} ${source.url}`);
  }
  console.log(
    `Dutch pages whose sources lack an address or a date: ${report.undatedSources.length}${report.undatedSources.map((file) => `\n  ${file}`).join('')}`,
  );
  console.log(
    `Dutch pages last reviewed before a source was consulted: ${report.reviewedBeforeSources.length}${report.reviewedBeforeSources
      .map((entry) => `\n  ${entry.file} (reviewed ${entry.lastReviewed}, source consulted ${entry.newestSource})`)
      .join('')}`,
  );
  console.log(
    `Translations whose headings differ from the Dutch: ${report.structure.length}${report.structure.map((entry) => `\n  ${entry.file}: ${entry.problem}`).join('')}`,
  );
  console.log(
    `Key words that depart from the terms file: ${report.terms.length}${report.terms.map((entry) => `\n  ${entry.file}: ${entry.problem}`).join('')}`,
  );
  console.log(
    `Last reviewed more than a year ago: ${report.stale.length} pages${report.stale.map((entry) => `\n  ${entry.file} (${entry.lastReviewed})`).join('')}`,
  );
}
