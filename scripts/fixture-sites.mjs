// Builds the fixture sites of tests/e2e/fixtures/<name>/content (each once, and again only
// when its inputs change) into node_modules/.cache/site-fixtures/<name>/dist. `npm test` runs
// it beside the other early steps; Playwright's global setup calls it again and finds them
// current. `node scripts/fixture-sites.mjs` builds them by hand.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const projectRoot = path.resolve(import.meta.dirname, '..');
const fixturesDir = path.join(projectRoot, 'tests/e2e/fixtures');
// Kept outside test-results/, which `npm test` empties, so an unchanged fixture is not rebuilt.
const buildsDir = path.join(projectRoot, 'node_modules/.cache/site-fixtures');
// What a fixture build depends on besides its own content.
const SHARED_INPUTS = ['src', 'locales', 'public', 'astro.config.mjs', 'package-lock.json'];

function filesOf(input) {
  const full = path.join(projectRoot, input);
  if (!fs.statSync(full).isDirectory()) return [input];
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(projectRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function hashInputs(inputs) {
  const hash = crypto.createHash('sha256');
  for (const file of inputs.flatMap(filesOf))
    hash
      .update(`${file}\0`)
      .update(fs.readFileSync(path.join(projectRoot, file)))
      .update('\0');
  return hash.digest('hex');
}

function astroBuild(env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: projectRoot, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ ok: status === 0, output }));
  });
}

/** Where a fixture site is built (by buildFixtureSites, which Playwright's global setup runs first). */
export const fixtureSiteDir = (name) => path.join(buildsDir, name, 'dist');

/** Builds one fixture site unless its last build had the same inputs; returns its folder. */
async function buildFixtureSite(name) {
  const outDir = fixtureSiteDir(name);
  const stamp = path.join(buildsDir, name, 'inputs.sha256');
  const inputs = hashInputs([...SHARED_INPUTS, path.relative(projectRoot, path.join(fixturesDir, name))]);
  if (fs.existsSync(path.join(outDir, 'index.html')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === inputs) return outDir;
  fs.rmSync(stamp, { force: true });
  console.log(`Building fixture site "${name}"`);
  const { ok, output } = await astroBuild({
    SITE_CONTENT_DIR: path.join(fixturesDir, name, 'content'),
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: path.join(buildsDir, name, 'cache'),
  });
  if (!ok) throw new Error(`Fixture site "${name}" did not build:\n${output}`);
  fs.writeFileSync(stamp, inputs);
  return outDir;
}

/** Every fixture site, built or current, by name. */
export async function buildFixtureSites() {
  const dirs = {};
  for (const name of fs.readdirSync(fixturesDir).sort()) dirs[name] = await buildFixtureSite(name);
  return dirs;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = await buildFixtureSites();
  console.log(`Fixture sites current: ${Object.keys(dirs).join(', ')}`);
}
