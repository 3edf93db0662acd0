// The benchmark's synthetic corpus: N pages per language in the site's ten languages, made of
// real sentences and headings of the site's own content (content/<lang>/**/*.mdx), recombined.
// One model, two writers: this site's content folder and a Starlight docs folder get the same
// pages, sections, paragraphs and sentences. Deterministic: the same N gives the same files.
import fs from 'node:fs';
import path from 'node:path';

export const LANGS = ['nl', 'ar', 'tr', 'pl', 'ru', 'es', 'bg', 'ro', 'fr', 'en'];
export const RTL = new Set(['ar']);
/** Names of the languages in their own script (Starlight's language menu). */
export const LANG_LABELS = {
  nl: 'Nederlands',
  ar: 'العربية',
  tr: 'Türkçe',
  pl: 'Polski',
  ru: 'Русский',
  es: 'Español',
  bg: 'Български',
  ro: 'Română',
  fr: 'Français',
  en: 'English',
};

/** The slug of the i-th generated page (0-based), the same in every language and both sites. */
export const pageSlug = (i) => `tekst-${String(i + 1).padStart(4, '0')}`;

/** A small seeded generator (mulberry32): the same seed, the same numbers. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plain text of one Markdown/MDX line: no tags, links, emphasis or characters MDX reads as code. */
function plain(line) {
  return line
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`{}<>|#\\[\]]/g, '')
    .replace(/&[a-z]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const isSentence = (text) => text.split(' ').length >= 4 && text.length <= 200 && /\p{L}{3}/u.test(text) && !/https?:|\/\w+\//.test(text);

/** Every sentence and heading of one language's pages, in file order (sorted paths). */
export function readLanguage(contentDir, lang) {
  const dir = path.join(contentDir, lang);
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .sort();
  const sentences = [];
  const headings = [];
  for (const file of files) {
    const body = fs.readFileSync(path.join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const raw of body.split('\n')) {
      const line = raw.trim();
      if (/^#{2,3} /.test(line)) {
        const heading = plain(line);
        if (heading.length >= 3 && heading.length <= 80) headings.push(heading);
        continue;
      }
      if (!line || /^(import|export|:::|\||<\/?[A-Z])/.test(line)) continue;
      const text = plain(line.replace(/^(\d+\.|[-*+>])\s+/, ''));
      for (const sentence of text.split(/(?<=[.!?؟])\s+/)) if (isSentence(sentence)) sentences.push(sentence);
    }
  }
  if (sentences.length < 20 || headings.length < 5)
    throw new Error(`${dir}: too little text for the benchmark corpus (${sentences.length} sentences, ${headings.length} headings)`);
  return { sentences: [...new Set(sentences)], headings: [...new Set(headings)] };
}

/**
 * The shape of one page, the same in every language: how many sections, paragraphs and
 * sentences, and where in each language's list every sentence and heading is picked (0–1).
 */
function pageShape(seed) {
  const next = random(seed);
  const pick = () => next();
  return {
    title: pick(),
    description: pick(),
    sections: Array.from({ length: 3 + Math.floor(next() * 3) }, () => ({
      heading: pick(),
      paragraphs: Array.from({ length: 1 + Math.floor(next() * 3) }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, pick)),
    })),
  };
}

const at = (list, fraction) => list[Math.floor(fraction * list.length)];

function fillPage(shape, text) {
  return {
    title: at(text.headings, shape.title),
    description: at(text.sentences, shape.description),
    sections: shape.sections.map((section) => ({
      heading: at(text.headings, section.heading),
      paragraphs: section.paragraphs.map((sentences) => sentences.map((fraction) => at(text.sentences, fraction)).join(' ')),
    })),
  };
}

/** The corpus: per language, the home page and `n` pages, each { slug, title, description, sections }. */
export function corpusModel(texts, n) {
  const shapes = [{ slug: 'index', shape: pageShape(1) }, ...Array.from({ length: n }, (_, i) => ({ slug: pageSlug(i), shape: pageShape(i + 2) }))];
  return Object.fromEntries(LANGS.map((lang) => [lang, shapes.map(({ slug, shape }) => ({ slug, ...fillPage(shape, texts[lang]) }))]));
}

/** A word to search for in each language: the longest word of the home page's first heading. */
export function searchWord(model, lang) {
  const words = model[lang][0].sections[0].heading.split(/[^\p{L}]+/u).filter(Boolean);
  return words.reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

const body = (page) => page.sections.map((section) => `## ${section.heading}\n\n${section.paragraphs.join('\n\n')}\n`).join('\n');
const yaml = (fields) =>
  `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n---\n\n`;

/** This site's content folder: the pages, the search page and the publisher (copied from the real content). */
export function writeSiteCorpus(model, dir, realContentDir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(realContentDir, 'publisher.json'), path.join(dir, 'publisher.json'));
  for (const lang of LANGS) {
    fs.mkdirSync(path.join(dir, lang), { recursive: true });
    fs.copyFileSync(path.join(realContentDir, lang, 'zoeken.mdx'), path.join(dir, lang, 'zoeken.mdx'));
    for (const page of model[lang]) {
      const front = { title: page.title, description: page.description, lastReviewed: '2026-12-02', translation: lang === 'nl' ? 'source' : 'draft' };
      fs.writeFileSync(path.join(dir, lang, `${page.slug}.mdx`), yaml(front).replace(/"(\d{4}-\d\d-\d\d)"/, '$1') + body(page));
    }
  }
}

/** The Starlight site's docs folder (src/content/docs): the same pages under /<lang>/. */
export function writeStarlightCorpus(model, dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const lang of LANGS) {
    fs.mkdirSync(path.join(dir, lang), { recursive: true });
    for (const page of model[lang])
      fs.writeFileSync(path.join(dir, lang, `${page.slug}.mdx`), yaml({ title: page.title, description: page.description }) + body(page));
  }
}

/** Reads the real content and writes both corpora of `n` pages per language; returns the model. */
export function writeCorpora({ n, realContentDir, siteDir, starlightDir }) {
  const texts = Object.fromEntries(LANGS.map((lang) => [lang, readLanguage(realContentDir, lang)]));
  const model = corpusModel(texts, n);
  writeSiteCorpus(model, siteDir, realContentDir);
  writeStarlightCorpus(model, starlightDir);
  return model;
}
