// `npm test`: every test of the project, in the order they depend on each other.
//   0. type check (astro check)
//   1. unit tests and bad-input builds (Vitest)
//   2. the production build (dist/, with the PDFs of the pack)
//   3. gates over the built site (Vitest, tests/dist)
//   4. browser tests: end-to-end and accessibility (Playwright, in Chromium)
// It ends with one line "N passed, N failed" over all of them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { ensureBrowser } from './ensure-browser.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

/** Runs one step. A failed step that is not a test run (type check, a build) counts as one failure. */
function step(name, command, args, { env = {}, testRun = false } = {}) {
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok) failedSteps.push(name);
  if (!ok && !testRun) totals.failed += 1;
  return ok;
}

function countVitest(file) {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  // A suite that fails before its tests run (in beforeAll) counts as a failure too.
  totals.failed += Math.max(report.numFailedTests, report.numFailedTestSuites);
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

function countPlaywright(file) {
  if (!fs.existsSync(file)) return;
  const { stats } = JSON.parse(fs.readFileSync(file, 'utf8'));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
}

fs.rmSync('test-results', { recursive: true, force: true });
fs.mkdirSync('test-results');
const vitest = ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json'];

step('Type check (astro check)', process.execPath, ['node_modules/astro/bin/astro.mjs', 'check']);
step('Unit tests and bad-input builds', process.execPath, [...vitest, '--outputFile.json=test-results/vitest-unit.json', 'tests/unit', 'tests/build'], { testRun: true });
countVitest('test-results/vitest-unit.json');

const astro = [process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']];

console.log('\n=== Browser ===');
// Before the build: the build prints the pack's PDFs with Chromium.
await ensureBrowser();

if (step('Build', ...astro) && step('PDFs of the pack', process.execPath, ['scripts/make-pdfs.mjs'])) {
  step('Gates over the built site', process.execPath, [...vitest, '--outputFile.json=test-results/vitest-dist.json', 'tests/dist'], { testRun: true });
  countVitest('test-results/vitest-dist.json');

  step('Browser tests (Playwright)', process.execPath, ['node_modules/@playwright/test/cli.js', 'test'], { testRun: true });
  countPlaywright('test-results/playwright.json');
}

console.log(`\nSteps failed: ${failedSteps.length ? failedSteps.join(', ') : 'none'}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
