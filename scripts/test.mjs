// `npm test`: every test of the project, fastest first, then in the order they depend on
// each other.
//   1. unit tests (Vitest, tests/unit, and the component examples in src/components: seconds)
//   2. lint (ESLint) and format (Prettier --check)
//   3. type check (astro check)
//   4. bad-input builds (Vitest, tests/build: real builds of bad content)
//   5. the production build (dist/, with the PDFs), skipped on a rerun when its inputs have
//      not changed (never on CI)
//   6. gates over the built site (Vitest, tests/dist)
//   7. browser tests: end-to-end and accessibility (Playwright, in Chromium; the fixture
//      sites are built by its global setup)
// Each step prints its wall time; the run ends with a table of them and one line
// "N passed, N failed" over all tests.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { buildIsCurrent, inputsHash, recordBuild } from './build-inputs.mjs';
import { ensureBrowser } from './ensure-browser.mjs';
import { createTally } from './test-tally.mjs';
import { outDir } from '../src/site-env.ts';

const tally = createTally();
const secondsSince = (started) => (performance.now() - started) / 1000;

/**
 * Runs one step and prints its wall time. A test run passes `report`, which reads the counts
 * of its JSON report (null when there is none).
 */
function step(name, command, args, { env = {}, report } = {}) {
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  const ok = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
  const seconds = secondsSince(started);
  tally.step(name, seconds, { ok, counts: report?.() });
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

/** Builds the site and its PDFs, unless a rerun finds the same inputs already built. */
function buildSite() {
  const hash = inputsHash();
  if (!process.env.CI && buildIsCurrent(outDir, hash)) {
    console.log('\n=== Build ===\nbuild skipped: inputs unchanged');
    tally.skip('Build and PDFs');
    return true;
  }
  const built = step('Build', ...astro) && step('PDFs of the pack', process.execPath, ['scripts/make-pdfs.mjs']);
  if (built) recordBuild(outDir, hash);
  return built;
}

fs.rmSync('test-results', { recursive: true, force: true });
fs.mkdirSync('test-results');
const vitest = ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json'];

/** A Vitest run over some folders, counted from its own JSON report. */
const vitestStep = (name, report, ...folders) =>
  step(name, process.execPath, [...vitest, `--outputFile.json=${report}`, ...folders], { report: () => vitestCounts(report) });

vitestStep('Unit tests', 'test-results/vitest-unit.json', 'tests/unit', 'src/components');
step('Lint (ESLint)', process.execPath, ['node_modules/eslint/bin/eslint.js', '.']);
step('Format (Prettier)', process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--check', '.']);
step('Type check (astro check)', process.execPath, ['node_modules/astro/bin/astro.mjs', 'check']);
vitestStep('Bad-input builds', 'test-results/vitest-build.json', 'tests/build');

const astro = [process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']];

console.log('\n=== Browser ===');
// Before the build: the build prints the pack's PDFs with Chromium.
const browserStarted = performance.now();
await ensureBrowser();
tally.step('Browser', secondsSince(browserStarted), { ok: true });

if (buildSite()) {
  vitestStep('Gates over the built site', 'test-results/vitest-dist.json', 'tests/dist');
  step('Browser tests (Playwright)', process.execPath, ['node_modules/@playwright/test/cli.js', 'test'], {
    report: () => playwrightCounts('test-results/playwright.json'),
  });
}

console.log(`\n${tally.summary()}`);
process.exit(tally.failedSteps.length || tally.totals.failed ? 1 : 0);
