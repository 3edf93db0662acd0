// One timed build of each site, split into stages.
// This site: `npm run build` is `astro build` (whose last hook writes the Pagefind index and
// logs how long it took: src/integrations/search-index.ts) then scripts/make-pdfs.mjs.
// Starlight: `astro build`, whose Starlight hook runs Pagefind and logs how long it took
// ("Finished building search index in 812ms / 1.20s"). Astro = the build's wall time less Pagefind.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const BENCH = path.join(ROOT, 'bench');

/** Runs a Node script with the Node that runs the bench (Node 24); resolves { seconds, output }. */
function run(args, { cwd = ROOT, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      if (status === 0) resolve({ seconds, output });
      else reject(new Error(`${args.join(' ')} failed (${status}):\n${output.slice(-4000)}`));
    });
  });
}

/** This site over a content folder: { astro, pagefind, pdfs, total } in seconds. */
export async function buildSite({ contentDir, outDir, cacheDir, pdfs = true }) {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const env = { SITE_CONTENT_DIR: contentDir, SITE_OUT_DIR: outDir, SITE_CACHE_DIR: cacheDir };
  const astro = await run(['node_modules/astro/bin/astro.mjs', 'build'], { env });
  const indexed = astro.output.match(/indexed in ([\d.]+) s/);
  if (!indexed) throw new Error(`The build did not log its search index time ("indexed in … s"):\n${astro.output.slice(-2000)}`);
  const pagefind = Number(indexed[1]);
  const printed = pdfs ? await run(['scripts/make-pdfs.mjs'], { env }) : { seconds: 0 };
  return { astro: astro.seconds - pagefind, pagefind, pdfs: printed.seconds, total: astro.seconds + printed.seconds };
}

/** The Starlight site (bench/starlight, its docs already written): { astro, pagefind, pdfs: null, total }. */
export async function buildStarlight({ outDir, cacheDir }) {
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const site = path.join(BENCH, 'starlight');
  const astro = await run([path.join(BENCH, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: site,
    env: { BENCH_OUT_DIR: outDir, BENCH_CACHE_DIR: cacheDir },
  });
  const indexed = astro.output.match(/Finished building search index in ([\d.]+)(ms|s)/);
  if (!indexed) throw new Error(`The Starlight build did not log its search index time:\n${astro.output.slice(-2000)}`);
  const pagefind = Number(indexed[1]) / (indexed[2] === 'ms' ? 1000 : 1);
  // scripts/serve.mjs, which serves both sites to the browser, reads a _headers file; Starlight sets no headers.
  fs.writeFileSync(path.join(outDir, '_headers'), '# Starlight sets no headers.\n');
  return { astro: astro.seconds - pagefind, pagefind, pdfs: null, total: astro.seconds };
}

/** The bench's own packages (Starlight, Lighthouse), installed from bench/package-lock.json on first run. */
export async function installBenchPackages() {
  const stamp = path.join(BENCH, 'node_modules/.package-lock.json');
  const lock = path.join(BENCH, 'package-lock.json');
  if (fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  console.log('Installing the bench packages (npm ci --prefix bench) …');
  await new Promise((resolve, reject) => {
    const child = spawn('npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
    child.on('close', (status) => (status === 0 ? resolve() : reject(new Error(`npm ci --prefix bench failed (${status})`))));
  });
}

/** Median of numbers. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Builds `runs` times (the two sites in turn, so load on the machine hits both alike) and returns the median of each stage. */
export async function timeBuilds({ runs, site, starlight, log = console.log }) {
  const times = { site: [], starlight: [] };
  for (let i = 1; i <= runs; i++) {
    times.site.push(await buildSite(site));
    log(`  run ${i}/${runs}: this site ${times.site.at(-1).total.toFixed(1)} s`);
    times.starlight.push(await buildStarlight(starlight));
    log(`  run ${i}/${runs}: Starlight ${times.starlight.at(-1).total.toFixed(1)} s`);
  }
  const medians = (list) =>
    Object.fromEntries(Object.keys(list[0]).map((stage) => [stage, list[0][stage] === null ? null : median(list.map((time) => time[stage]))]));
  return { site: medians(times.site), starlight: medians(times.starlight) };
}
