// The files under content/, checked before any collection reads them, for the mistakes the
// collections would let through without a word:
// - a file no collection reads (a translation saved as .md or .MDX, a stray .docx or .txt):
//   its page would silently fall back to another language;
// - a page file name with upper case, spaces or other characters: Astro turns it into
//   another address ("Wonen In Vlaanderen.mdx" → /nl/wonen-in-vlaanderen/);
// - two files that are the same page ("film.mdx" beside "film/index.mdx", "Film.mdx" beside
//   "film.mdx"): Astro keeps one and drops the other, depending on file order;
// - a page too large to build and read (a pasted export of megabytes).
// Pure over a list of files (tests/unit/content-files.test.ts); readContentFiles() lists them.
import fs from 'node:fs';
import path from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { DATA_FILES } from './data-files.ts';

export interface ContentFile {
  /** Path under the content folder, with "/" separators, e.g. "nl/pakket/index.mdx". */
  path: string;
  bytes: number;
}

/**
 * The largest page file accepted. Today's longest page is 16 KB, and a page's HTML and CSS must
 * stay within 14 KB compressed. Measured on 2026-12-02 (a site of one page plus the page, on a
 * busy machine): one page 0.55 GB peak memory, 51 s; with a 500 KB page 0.65 GB, 79 s; with a
 * 5 MB page 1.2 GB, 176 s, publishing ten copies of it (one per language). 100 KB is six times
 * the longest page and builds like any other; anything larger is a paste, not a page.
 */
export const MAX_PAGE_BYTES = 100 * 1024;

/** Images a page may import with a relative path (./photo.webp); Astro optimises them. */
const IMAGE_EXTENSIONS = ['.avif', '.webp', '.png', '.jpg', '.jpeg', '.gif', '.svg'];

/** One segment of a page's address: lower-case letters, digits and single hyphens. */
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const extensionOf = (file: string) => path.posix.extname(file);
const withoutExtension = (file: string) => file.slice(0, file.length - extensionOf(file).length);
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** The entry id Astro's glob loader gives a page file ("nl/Film.mdx" → "nl/film"), as in astro/dist/content/utils.js. */
export function pageId(file: string): string {
  return withoutExtension(file)
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/** A name an editor can rename a file to: "Wonen In Vlaanderen" → "wonen-in-vlaanderen". */
function suggestedName(segment: string): string {
  return segment
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Types a data set's folder may hold (its collection reads one of them). */
const DATA_EXTENSIONS = ['.json', '.yaml', '.yml'];

/**
 * A file of a data set in DATA_FILES: the file itself ("taalgids/phrases.json"), or a file
 * directly inside a data set's folder ("taalgids/translations/ar.json").
 */
const isDataFile = (file: string): boolean =>
  Object.values(DATA_FILES).some((data: string) =>
    extensionOf(data) ? file === data : path.posix.dirname(file) === data && DATA_EXTENSIONS.includes(extensionOf(file)),
  );

/** Top-level folders that hold data sets, not pages ("taalgids", "rugzak"). */
const dataFolders = new Set(
  Object.values(DATA_FILES)
    .map((data: string) => data.split('/'))
    .filter((segments) => segments.length > 1 || !extensionOf(segments[0]!))
    .map((segments) => segments[0]!),
);

/**
 * Every problem with the files under the content folder, each naming the file(s) and what is
 * expected; `shown` is how that folder is named in messages (e.g. "content").
 */
export function contentFileProblems(files: readonly ContentFile[], shown = 'content'): string[] {
  const problems: string[] = [];
  const at = (file: string) => `${shown}/${file}`;
  const pages: ContentFile[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const segments = file.path.split('/');
    // Hidden files (.DS_Store, editors' swap files) are the system's, not content.
    if (segments.some((segment) => segment.startsWith('.'))) continue;
    if (isDataFile(file.path)) continue;
    const extension = extensionOf(file.path);
    if (segments.length === 1 || dataFolders.has(segments[0]!)) {
      problems.push(
        `${at(file.path)}: no collection reads this file; pages are ${shown}/<language>/…/<name>.mdx, the data sets are ${Object.values(DATA_FILES)
          .map((data) => `${shown}/${data}`)
          .join(', ')} (a new data set is added to src/model/data-files.ts)`,
      );
      continue;
    }
    if (extension === '.mdx') {
      pages.push(file);
      continue;
    }
    if (IMAGE_EXTENSIONS.includes(extension)) continue;
    const rename = `${withoutExtension(file.path)}.mdx`;
    problems.push(
      `${at(file.path)}: a file of type "${extension || '(none)'}" is not read; a page must be an .mdx file${/^\.(md|mdx|markdown)$/i.test(extension) ? ` (rename it to ${at(rename)})` : ''}${DATA_EXTENSIONS.includes(extension) ? ' and data sets are listed in src/model/data-files.ts' : ''}, so this one would be ignored and its readers would get another language`,
    );
  }

  for (const file of pages) {
    const segments = withoutExtension(file.path).split('/');
    const wrong = segments.filter((segment) => !NAME.test(segment));
    if (wrong.length) {
      const suggestion = segments.map((segment) => (NAME.test(segment) ? segment : suggestedName(segment) || 'page')).join('/');
      problems.push(
        `${at(file.path)}: "${wrong.join('", "')}" is not allowed in a page's file or folder name, which becomes its address; use lower-case letters a-z, digits and hyphens only: rename it to ${at(`${suggestion}.mdx`)}`,
      );
    }
    if (file.bytes > MAX_PAGE_BYTES)
      problems.push(
        `${at(file.path)}: ${size(file.bytes)} is too large for one page (at most ${size(MAX_PAGE_BYTES)}; the longest page today is about 16 KB); split it into chapters (tools: [chapters] in the Dutch source) or remove what was pasted by mistake`,
      );
  }

  const byId = new Map<string, string[]>();
  for (const file of pages) byId.set(pageId(file.path), [...(byId.get(pageId(file.path)) ?? []), file.path]);
  for (const [id, same] of byId) {
    if (same.length > 1)
      problems.push(
        `${same.map(at).join(' and ')} are the same page (${id}); only one would be published: keep one (a page with pages below it is <slug>/index.mdx, any other page <slug>.mdx)`,
      );
  }
  return problems;
}

/** Every file under a folder, with its size. */
export function readContentFiles(dir: string): ContentFile[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return { path: path.relative(dir, full).split(path.sep).join('/'), bytes: fs.statSync(full).size };
    });
}

export class ContentFilesError extends Error {
  override name = 'ContentFilesError';
}

/** Throws, naming every problem, when the files under `dir` are not what the collections read. */
export function checkContentFiles(dir: string, shown = path.relative(process.cwd(), dir) || '.'): void {
  const problems = contentFileProblems(readContentFiles(dir), shown);
  if (problems.length) throw new ContentFilesError(`Content files are invalid:\n  ${problems.join('\n  ')}`);
}
