// `npm test`: every test of the project, in two lanes side by side, since most steps use one
// core and the machine has two. Every Astro run (type check and builds) writes the project's
// .astro/ folder, so they all stay in one lane, one after the other.
//   checks lane:  unit tests (Vitest, tests/unit and the component examples: seconds), lint
//                 (ESLint), format (Prettier --check); once the site is built, its PDFs and
//                 the gates over dist/ (Vitest, tests/dist)
//   Astro lane:   type check (astro check), bad-input builds (tests/build: real builds of bad
//                 content), the production build (skipped on a rerun when its inputs have not
//                 changed; never on CI), the fixture sites the browser tests load
//                 (scripts/fixture-sites.mjs)
// then the browser tests (Playwright, in Chromium). The lanes' output is printed step by step
// as each ends; the run ends with a table of step times, the wall-clock time, and one line
// "N passed, N failed" over all tests.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { buildIsCurrent, inputsHash, recordBuild } from './build-inputs.mjs';
import { ensureBrowser } from './ensure-browser.mjs';
import { createTally } from './test-tally.mjs';
import { outDir } from '../src/site-env.ts';

const tally = createTally();
const runStarted = performance.now();
const secondsSince = (started) => (performance.now() - started) / 1000;

/** Runs a command; with `buffered`, its output is kept and printed in one block at its end. */
function run(command, args, { env, buffered }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env } });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, output: `${output}\n${error.message}` }));
    child.on('close', (status) => resolve({ ok: status === 0, output }));
  });
}

/**
 * Runs one step and prints its wall time. A test run passes `report`, which reads the counts
 * of its JSON report (null when there is none).
 */
async function step(name, command, args, { env = {}, report, buffered = false } = {}) {
  if (!buffered) console.log(`\n=== ${name} ===`);
  const started = performance.now();
  const { ok, output } = await run(command, args, { env, buffered });
  const seconds = secondsSince(started);
  tally.step(name, seconds, { ok, counts: report?.() });
  if (buffered) console.log(`\n=== ${name} ===\n${output.trimEnd()}`);
  console.log(`--- ${name}: ${ok ? 'done' : 'failed'} in ${seconds.toFixed(1)} s`);
  return ok;
}

/** The counts of a Vitest JSON report, or null when there is none. */
function vitestCounts(file) {
  if (!fs.existsSync(file)) return null;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests,
    // A suite that fails before its tests run (in beforeAll) counts as a failure too.
    failed: Math.max(report.numFailedTests, report.numFailedTestSuites),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/** The counts of the Playwright JSON report, or null when there is none. */
function playwrightCounts(file) {
  if (!fs.existsSync(file)) return null;
  const { stats } = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

const node = (script, ...args) => [process.execPath, [script, ...args]];
const vitest = ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json'];

/** A Vitest run over some folders, counted from its own JSON report. */
const vitestStep = (name, report, folders, options = {}) =>
  step(name, process.execPath, [...vitest, `--outputFile.json=${report}`, ...folders], { ...options, report: () => vitestCounts(report) });

/** Builds the site, unless a rerun finds the same inputs (pages and PDFs) already built. */
async function buildSite(hash) {
  if (!process.env.CI && buildIsCurrent(outDir, hash)) {
    console.log('\n=== Build ===\nbuild skipped: inputs unchanged');
    tally.skip('Build and PDFs');
    return 'current';
  }
  return (await step('Build', ...node('node_modules/astro/bin/astro.mjs', 'build'), { buffered: true })) ? 'built' : 'failed';
}

async function astroLane() {
  await step('Type check (astro check)', ...node('node_modules/astro/bin/astro.mjs', 'check'), { buffered: true });
  // One build at a time: every Astro build writes the project's .astro/ folder.
  await vitestStep('Bad-input builds', 'test-results/vitest-build.json', ['--no-file-parallelism', 'tests/build'], { buffered: true });
  const hash = inputsHash();
  const site = buildSite(hash);
  const fixtures = site.then(() => step('Fixture sites', ...node('scripts/fixture-sites.mjs'), { buffered: true }));
  return { hash, site: await site, fixtures };
}

async function checksLane(astro) {
  await vitestStep('Unit tests', 'test-results/vitest-unit.json', ['tests/unit', 'src/components'], { buffered: true });
  await step('Lint (ESLint)', ...node('node_modules/eslint/bin/eslint.js', '.'), { buffered: true });
  await step('Format (Prettier)', ...node('node_modules/prettier/bin/prettier.cjs', '--check', '.'), { buffered: true });
  // The PDFs are printed with Chromium.
  const browserStarted = performance.now();
  await ensureBrowser();
  tally.step('Browser', secondsSince(browserStarted), { ok: true });
  const { hash, site } = await astro;
  if (site === 'failed') return false;
  if (site === 'built') {
    if (!(await step('PDFs of the pack', ...node('scripts/make-pdfs.mjs'), { buffered: true }))) return false;
    recordBuild(outDir, hash);
  }
  await vitestStep('Gates over the built site', 'test-results/vitest-dist.json', ['tests/dist'], { buffered: true });
  return true;
}

fs.rmSync('test-results', { recursive: true, force: true });
fs.mkdirSync('test-results');

const astro = astroLane();
const siteReady = await checksLane(astro);
const { fixtures } = await astro;
await fixtures;
if (siteReady) {
  await step('Browser tests (Playwright)', ...node('node_modules/@playwright/test/cli.js', 'test'), {
    report: () => playwrightCounts('test-results/playwright.json'),
  });
}

console.log(`\n${tally.summary(secondsSince(runStarted))}`);
process.exit(tally.failedSteps.length || tally.totals.failed ? 1 : 0);
