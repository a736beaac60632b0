// Prints the ten slowest tests, then the closing line CI looks for ("N passed, N failed"), after jest's own summary.
class SummaryReporter {
  constructor(globalConfig) {
    this.timeoutMs = globalConfig.testTimeout ?? 5000;
  }

  onRunComplete(_contexts, results) {
    const tests = results.testResults.flatMap((file) =>
      file.testResults.map((t) => ({ ms: t.duration ?? 0, name: `${file.testFilePath.replace(process.cwd() + "/", "")} › ${t.fullName}` })),
    );
    const slowest = tests.sort((a, b) => b.ms - a.ms).slice(0, 10);
    if (slowest.length > 0) {
      process.stdout.write(`\nslowest tests (timeout ${this.timeoutMs / 1000} s):\n`);
      for (const t of slowest) process.stdout.write(`${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.name}\n`);
    }
    const skipped = results.numPendingTests + results.numTodoTests;
    const suites = results.numFailedTestSuites > 0 ? ` (${results.numFailedTestSuites} test files failed to run or failed)` : "";
    process.stdout.write(`\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}${suites}\n`);
  }
}
module.exports = SummaryReporter;
