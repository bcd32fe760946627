// Prints the plain closing line CI reads: "N passed, N failed, N skipped".
function count(suite, totals) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite.suites ?? []) count(s, totals);
}

export function summaryReporter() {
  let totals = { passed: 0, failed: 0, skipped: 0 };
  let sessionErrors = 0;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      sessionErrors = 0;
      for (const s of sessions) {
        if (s.testResults) count(s.testResults, totals);
        // A file that fails to load has no test results but must not pass silently.
        if (!s.passed && (!s.testResults || (s.errors?.length ?? 0) > 0)) sessionErrors++;
      }
    },
    stop() {
      // On exit, so that it follows everything the default reporter prints.
      process.once('exit', () => {
        const failed = totals.failed + sessionErrors;
        process.stdout.write(`\n${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
