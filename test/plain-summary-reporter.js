/**
 * Ends the jest run with one plain line, `N passed, N failed, N skipped`, that any CI can read
 * whatever runner it knows. Written at exit, so it comes after jest's own summary.
 */
const { writeSync } = require("node:fs");

class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
    process.once("exit", () => writeSync(1, line));
  }
}

module.exports = PlainSummaryReporter;
