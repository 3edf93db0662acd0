// The phrase guide and the checklist from their collections (the models themselves are pure:
// phrasebook.ts, checklist.ts).
import fs from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { contentDir } from '../site-env.ts';
import { localizer } from '../i18n/locales';
import { buildChecklist, type Checklist } from './checklist';
import { buildPhrasebook, type Phrasebook } from './phrasebook';
import { getSitePages, type SitePage } from './pages';
import { buildVideo, type Video } from './video';
import { portraits } from './portraits';
import { buildTestimonials, type TestimonialCollection } from './testimonials';
import { DATA_FILES } from './data-files';

const fileOf = (file: string) => path.relative(process.cwd(), path.join(contentDir, file));

export async function getPhrasebook(readerLang: string): Promise<Phrasebook> {
  const phrases = (await getCollection('phrases')).map((entry) => entry.data);
  const translations = new Map((await getCollection('phraseTranslations')).map((entry) => [entry.id, entry.data]));
  return buildPhrasebook({ phrases, translations, fileOf, audioExists: (file) => fs.existsSync(path.join('public', file)) }, readerLang, localizer);
}

export async function getChecklist(readerLang: string): Promise<Checklist> {
  const items = (await getCollection('checklistItems')).map((entry) => entry.data);
  const translations = new Map((await getCollection('checklistTranslations')).map((entry) => [entry.id, entry.data]));
  return buildChecklist({ items, translations, fileOf }, readerLang, localizer);
}

export async function getTestimonials(readerLang: string): Promise<TestimonialCollection> {
  const testimonials = (await getCollection('testimonials')).map((entry) => ({
    slug: entry.id,
    file: entry.filePath ?? fileOf(`${DATA_FILES.testimonials}/${entry.id}.yaml`),
    data: entry.data,
  }));
  const pageSlugs = new Set((await getSitePages()).map((page) => page.slug));
  return buildTestimonials({ testimonials, pageSlugs, portraitExists: (name) => name in portraits }, readerLang, localizer);
}

export async function getVideo(page: SitePage): Promise<Video | undefined> {
  const data = page.source.video;
  if (!data) return undefined;
  const read = (file: string) => {
    const full = path.join('public', file);
    return fs.existsSync(full) ? new Uint8Array(fs.readFileSync(full)) : undefined;
  };
  return buildVideo(data, page.lang, { read }, localizer, fileOf(`nl/${page.slug || 'index'}.mdx`));
}
