// The phrase guide, the checklist and the help directory from their collections (the models
// themselves are pure: phrasebook.ts, checklist.ts, help-directory.ts).
import fs from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { contentDir } from '../site-env.ts';
import { DATA_FILES } from './data-files';
import { localizer } from '../i18n/locales';
import { buildChecklist, type Checklist } from './checklist';
import { buildHelpDirectory, type HelpDirectory } from './help-directory';
import { buildPhrasebook, type Phrasebook } from './phrasebook';

const fileOf = (file: string) => path.relative(process.cwd(), path.join(contentDir, file));

/** A collection's entries in the order of their JSON file (getCollection() does not keep it): the order editors chose. */
async function inFileOrder<E extends { id: string; data: unknown }>(entries: E[], file: string): Promise<E['data'][]> {
  if (entries.length === 0) return [];
  const ids = (JSON.parse(await fs.promises.readFile(path.join(contentDir, file), 'utf8')) as { id: string }[]).map((entry) => entry.id);
  return [...entries].sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)).map((entry) => entry.data);
}

export async function getPhrasebook(readerLang: string): Promise<Phrasebook> {
  const phrases = (await getCollection('phrases')).map((entry) => entry.data);
  const sounds = await inFileOrder(await getCollection('sounds'), DATA_FILES.sounds);
  const translations = new Map((await getCollection('phraseTranslations')).map((entry) => [entry.id, entry.data]));
  return buildPhrasebook({ phrases, sounds, translations, fileOf, audioExists: (file) => fs.existsSync(path.join('public', file)) }, readerLang, localizer);
}

export async function getChecklist(readerLang: string): Promise<Checklist> {
  const items = (await getCollection('checklistItems')).map((entry) => entry.data);
  const rules = await inFileOrder(await getCollection('documentRules'), DATA_FILES.documentRules);
  const translations = new Map((await getCollection('checklistTranslations')).map((entry) => [entry.id, entry.data]));
  return buildChecklist({ items, rules, translations, fileOf }, readerLang, localizer);
}

export async function getHelpDirectory(readerLang: string): Promise<HelpDirectory> {
  // In the order of the file: editors list the most urgent places first.
  const order: string[] = JSON.parse(fs.readFileSync(path.join(contentDir, DATA_FILES.helpPlaces), 'utf8')).map((place: { id: string }) => place.id);
  const places = (await getCollection('helpPlaces')).map((entry) => entry.data).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const translations = new Map((await getCollection('helpTranslations')).map((entry) => [entry.id, entry.data]));
  return buildHelpDirectory({ places, translations, fileOf }, readerLang, localizer);
}
