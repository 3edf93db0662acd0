// Builds the site from a small fixture content set, so a test can show how the build
// treats a given input. Each build gets its own folders and cache.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export interface FixtureBuild {
  ok: boolean;
  output: string;
  root: string;
  outDir: string;
  read(file: string): string;
}

export interface FixtureFiles {
  /** Files under content/, by relative path. */
  content?: Record<string, string>;
  /** Files of a locales/ folder of its own, by relative path (the project's locales/ when left out). */
  locales?: Record<string, string>;
}

const projectRoot = path.resolve(import.meta.dirname, '../..');

// Each build leaves a site and its cache; remove them once the importing test file is done.
const buildRoots: string[] = [];
afterAll(() => {
  for (const root of buildRoots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** A valid front matter for a page in `lang`. */
export function frontMatter(fields: Record<string, string>): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

export function page(lang: string, title: string, body = 'Tekst van de pagina.'): string {
  return `${frontMatter({ title, description: `${title}.`, lastReviewed: '2026-11-29', translation: lang === 'nl' ? 'source' : 'draft' })}\n${body}\n`;
}

/** Every file under a folder, by path relative to it: to build from a copy of real files. */
export function readFolder(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8')];
      }),
  );
}

export function buildFixture(files: FixtureFiles): FixtureBuild {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-fixture-'));
  buildRoots.push(root);
  const contentDir = path.join(root, 'content');
  const localesDir = path.join(root, 'locales');
  const write = (dir: string, all: Record<string, string>) => {
    for (const [file, text] of Object.entries(all)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
  };
  // Every build needs a publisher (the footer names it); a test may give its own.
  const publisher = fs.readFileSync(path.join(projectRoot, 'tests/e2e/fixtures/pack/content/publisher.json'), 'utf8');
  write(contentDir, { 'publisher.json': publisher, ...files.content });
  if (files.locales) write(localesDir, files.locales);
  const outDir = path.join(root, 'dist');
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      SITE_CONTENT_DIR: contentDir,
      ...(files.locales ? { SITE_LOCALES_DIR: localesDir } : {}),
      SITE_OUT_DIR: outDir,
      SITE_CACHE_DIR: path.join(root, 'cache'),
      SITE_URL: 'https://example.org',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    timeout: 120_000,
  });
  return {
    ok: result.status === 0,
    output: `${result.stdout}\n${result.stderr}`,
    root,
    outDir,
    read: (file) => fs.readFileSync(path.join(outDir, file), 'utf8'),
  };
}
