// Playwright's global setup: builds the fixture sites of tests/e2e/fixtures/<name>/content
// (each once, and again only when its inputs change), writes the broken site, and serves
// them and dist/ on free ports for the whole run (tests/support/sites.ts).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { makeBrokenSite } from '../fixtures/make-broken-site.mjs';
import { distDir, listFiles } from './dist';
import { publishSiteUrl, serveSite, type RunningSite } from './sites';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const fixturesDir = path.join(projectRoot, 'tests/e2e/fixtures');
// Kept outside test-results/, which `npm test` empties, so an unchanged fixture is not rebuilt.
const buildsDir = path.join(projectRoot, 'node_modules/.cache/site-fixtures');
// What a fixture build depends on besides its own content.
const SHARED_INPUTS = ['src', 'locales', 'public', 'astro.config.mjs', 'package-lock.json'];

function hashInputs(inputs: string[]): string {
  const hash = crypto.createHash('sha256');
  for (const input of inputs) {
    const full = path.join(projectRoot, input);
    const files = fs.statSync(full).isDirectory() ? listFiles(full).map((file) => path.join(input, file)) : [input];
    for (const file of files)
      hash
        .update(`${file}\0`)
        .update(fs.readFileSync(path.join(projectRoot, file)))
        .update('\0');
  }
  return hash.digest('hex');
}

/** Builds tests/e2e/fixtures/<name>/content with Astro, unless the last build had the same inputs. */
function buildFixture(name: string): string {
  const outDir = path.join(buildsDir, name, 'dist');
  const stamp = path.join(buildsDir, name, 'inputs.sha256');
  const inputs = hashInputs([...SHARED_INPUTS, path.relative(projectRoot, path.join(fixturesDir, name))]);
  if (fs.existsSync(path.join(outDir, 'index.html')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === inputs) return outDir;
  fs.rmSync(stamp, { force: true });
  console.log(`Building fixture site "${name}"`);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      SITE_CONTENT_DIR: path.join(fixturesDir, name, 'content'),
      SITE_OUT_DIR: outDir,
      SITE_CACHE_DIR: path.join(buildsDir, name, 'cache'),
    },
  });
  if (result.status !== 0) throw new Error(`Fixture site "${name}" did not build:\n${result.stdout}\n${result.stderr}`);
  fs.writeFileSync(stamp, inputs);
  return outDir;
}

export default async function globalSetup() {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) throw new Error(`No built site in ${distDir}: run "npm run build" first.`);
  const dirs: Record<string, string> = { main: distDir };
  for (const name of fs.readdirSync(fixturesDir)) dirs[name] = buildFixture(name);
  // `await`: the broken site's writer may become asynchronous.
  dirs['broken-site'] = await makeBrokenSite(path.join(projectRoot, 'test-results/fixtures/broken-site'));

  const running: RunningSite[] = [];
  for (const [name, dir] of Object.entries(dirs)) {
    const site = await serveSite(dir);
    running.push(site);
    publishSiteUrl(name, site.url);
  }
  return async () => {
    await Promise.all(running.map((site) => site.close()));
  };
}
