// What `npm test` (scripts/test.mjs) adds up: tests passed, failed and skipped over all
// steps, the steps that failed, and each step's wall time.

/**
 * @typedef {{ passed: number, failed: number, skipped: number }} Counts
 */
export function createTally() {
  /** @type {Counts} */
  const totals = { passed: 0, failed: 0, skipped: 0 };
  /** @type {string[]} */
  const failedSteps = [];
  /** @type {{ name: string, seconds: number, result: string }[]} */
  const timings = [];

  return {
    totals,
    failedSteps,
    /**
     * Records a finished step. A test run passes the counts of its JSON report, or null when
     * it ended without one (it crashed): that counts as one failure, as does any other step
     * that failed (type check, a build).
     * @param {string} name
     * @param {number} seconds
     * @param {{ ok: boolean, counts?: Counts | null }} outcome
     */
    step(name, seconds, { ok, counts }) {
      const crashed = counts === null;
      if (counts) for (const key of /** @type {const} */ (['passed', 'failed', 'skipped'])) totals[key] += counts[key];
      if (crashed || (!ok && counts === undefined)) totals.failed += 1;
      if (!ok || crashed) failedSteps.push(name);
      timings.push({ name, seconds, result: ok && !crashed ? 'ok' : 'failed' });
    },
    /** A step that did not need to run. */
    skip(name) {
      timings.push({ name, seconds: 0, result: 'skipped' });
    },
    /**
     * The closing lines: one row per step with its time, then the totals. Steps that ran side
     * by side add up to more than the run took: `wallSeconds` is the run's own time.
     * @param {number} [wallSeconds]
     */
    summary(wallSeconds) {
      const width = Math.max(4, ...timings.map((timing) => timing.name.length));
      const time = (seconds) => `${seconds.toFixed(1)} s`.padStart(8);
      const total = timings.reduce((sum, timing) => sum + timing.seconds, 0);
      return [
        `${'Step'.padEnd(width)}  ${'Time'.padStart(8)}  Result`,
        ...timings.map(({ name, seconds, result }) => `${name.padEnd(width)}  ${time(seconds)}  ${result}`),
        `${'Total'.padEnd(width)}  ${time(total)}`,
        ...(wallSeconds === undefined ? [] : [`${'Wall clock'.padEnd(width)}  ${time(wallSeconds)}  (steps side by side)`]),
        '',
        `Steps failed: ${failedSteps.length ? failedSteps.join(', ') : 'none'}`,
        `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
      ].join('\n');
    },
  };
}
