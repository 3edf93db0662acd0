// Lets `npm test` skip the site build when nothing it is built from has changed since the
// last build it made: a hash of the inputs, stored beside the output folder (not in it, so
// it is never deployed) with the time of the build's index.html, so that a build made by
// hand in between (e.g. with another SITE_URL) is noticed too.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SITE_ENV_NAMES } from '../src/site-env.ts';

/** What the built site (pages and PDFs) is made from. */
const INPUTS = ['src', 'content', 'locales', 'public', 'astro.config.mjs', 'package-lock.json', 'scripts/make-pdfs.mjs', 'scripts/pdf-meta.mjs'];

function filesUnder(root, entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.relative(root, path.join(dirent.parentPath, dirent.name)));
}

/** A hash of every input file (name and content) and of the build's environment variables. */
export function inputsHash(root = '.', env = process.env) {
  const hash = crypto.createHash('sha256');
  for (const file of INPUTS.flatMap((entry) => filesUnder(root, entry)).sort()) {
    hash
      .update(`${file}\0`)
      .update(fs.readFileSync(path.join(root, file)))
      .update('\0');
  }
  for (const name of SITE_ENV_NAMES) hash.update(`${name}=${env[name] ?? ''}\0`);
  return hash.digest('hex');
}

const stampFile = (outDir) => `${outDir}.inputs.json`;
const builtAt = (outDir) => fs.statSync(path.join(outDir, 'index.html')).mtimeMs;

/** True when outDir holds a build this module recorded from exactly these inputs. */
export function buildIsCurrent(outDir, hash) {
  if (!fs.existsSync(path.join(outDir, 'index.html')) || !fs.existsSync(stampFile(outDir))) return false;
  const stamp = JSON.parse(fs.readFileSync(stampFile(outDir), 'utf8'));
  return stamp.hash === hash && stamp.builtAt === builtAt(outDir);
}

/** Records that outDir was just built from inputs with this hash. */
export function recordBuild(outDir, hash) {
  fs.writeFileSync(stampFile(outDir), `${JSON.stringify({ hash, builtAt: builtAt(outDir) })}\n`);
}
