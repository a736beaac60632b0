// Prints the closing line CI looks for ("N passed, N failed"), after jest's own summary.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const suites = results.numFailedTestSuites > 0 ? ` (${results.numFailedTestSuites} test files failed to run or failed)` : "";
    process.stdout.write(`\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ""}${suites}\n`);
  }
}
module.exports = SummaryReporter;
