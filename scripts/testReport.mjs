// Console report shared by the test runners: one line per test, failures with their
// error, and the closing line CI reads: "N passed, N failed" (", N skipped" after).

/** @param {{ title: string, state: 'passed'|'failed'|'pending', durationMs?: number, error?: string }} outcome */
export function formatOutcome(outcome) {
  const mark = { passed: '  ✓', failed: '  ✗', pending: '  -' }[outcome.state];
  const duration = outcome.durationMs !== undefined ? ` (${outcome.durationMs} ms)` : '';
  const error = outcome.error ? `\n      ${outcome.error.trim().split('\n').join('\n      ')}` : '';
  return `${mark} ${outcome.title}${outcome.state === 'pending' ? ' (skipped)' : duration}${error}`;
}

export function summaryLine({ passed, failed, pending = 0 }) {
  return `${passed} passed, ${failed} failed${pending > 0 ? `, ${pending} skipped` : ''}`;
}

/** Prints every outcome and the summary; returns the exit code (0 only if all passed and some ran). */
export function report(outcomes) {
  for (const outcome of outcomes) console.log(formatOutcome(outcome));
  const count = (state) => outcomes.filter((outcome) => outcome.state === state).length;
  const counts = { passed: count('passed'), failed: count('failed'), pending: count('pending') };
  console.log('');
  console.log(summaryLine(counts));
  return counts.failed === 0 && counts.passed > 0 ? 0 : 1;
}

/** For a run that could not get as far as running tests: still end with the summary line. */
export function reportAbort(reason) {
  console.error(`\n${reason}`);
  console.log('\n0 passed, 1 failed');
  return 1;
}

/**
 * Runs a runner's main() and exits with its code; a failure before any test ran still
 * prints the summary line, naming a missing prerequisite as such.
 * @param {() => Promise<number>} main
 * @param {string} runName e.g. "E2E run"
 * @param {Function} PrerequisiteError the class of "something to install" errors
 */
export function runAndExit(main, runName, PrerequisiteError) {
  main()
    .then((exitCode) => process.exit(exitCode))
    .catch((error) => {
      const reason = error instanceof PrerequisiteError ? `Missing prerequisite: ${error.message}` : (error?.stack ?? String(error));
      process.exit(reportAbort(`${runName} failed: ${reason}`));
    });
}
