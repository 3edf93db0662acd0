// The closing line of `npm test` must count a test step that crashed before writing its
// report, and every other failed step, as a failure (CODE-REVIEW-2026-12, finding 7).
import { describe, expect, it } from 'vitest';
import { createTally } from '../../scripts/test-tally.mjs';

describe('the npm test tally', () => {
  it('adds up the reports of test steps', () => {
    const tally = createTally();
    tally.step('Unit tests', 1.5, { ok: true, counts: { passed: 40, failed: 0, skipped: 1 } });
    tally.step('Gates', 2, { ok: false, counts: { passed: 10, failed: 2, skipped: 0 } });
    expect(tally.totals).toEqual({ passed: 50, failed: 2, skipped: 1 });
    expect(tally.failedSteps).toEqual(['Gates']);
  });
  it('counts a test step without its report as one failure, even when it exited 0', () => {
    const tally = createTally();
    tally.step('Browser tests', 3, { ok: false, counts: null });
    tally.step('Gates', 3, { ok: true, counts: null });
    expect(tally.totals.failed).toBe(2);
    expect(tally.failedSteps).toEqual(['Browser tests', 'Gates']);
  });
  it('counts any other failed step as one failure', () => {
    const tally = createTally();
    tally.step('Type check', 9, { ok: false });
    tally.step('Build', 20, { ok: true });
    expect(tally.totals).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });
  it('ends with a time per step, the total, and one "N passed, N failed" line', () => {
    const tally = createTally();
    tally.step('Unit tests', 1.25, { ok: true, counts: { passed: 3, failed: 0, skipped: 0 } });
    tally.skip('Build and PDFs');
    tally.step('Type check', 10, { ok: false });
    expect(tally.summary().split('\n')).toEqual([
      'Step                Time  Result',
      'Unit tests         1.3 s  ok',
      'Build and PDFs     0.0 s  skipped',
      'Type check        10.0 s  failed',
      'Total             11.3 s',
      '',
      'Steps failed: Type check',
      '3 passed, 1 failed, 0 skipped',
    ]);
  });
  it('adds the wall-clock time when steps ran side by side', () => {
    const tally = createTally();
    tally.step('Lint', 4, { ok: true });
    tally.step('Unit tests', 5, { ok: true, counts: { passed: 1, failed: 0, skipped: 0 } });
    expect(tally.summary(6).split('\n').slice(2, 5)).toEqual([
      'Unit tests     5.0 s  ok',
      'Total          9.0 s',
      'Wall clock     6.0 s  (steps side by side)',
    ]);
  });
});
