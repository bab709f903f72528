/**
 * The jest run Stryker uses to judge each mutant: every in-process suite, without the end-to-end
 * tests on the real Pulumi CLI (they judge dist/, not the mutated sources, and take minutes) and
 * without the global setup that provides that CLI. The two suites that read the contract's seed
 * documents from beside the repository are left out too: Stryker runs jest in a sandbox copy, where
 * that relative path does not lead to them. The fuzz run is left out as well: it covers every policy
 * with hundreds of engine calls, so it would be run for every mutant, and it is a search for
 * defects (npm run fuzz), not a specification that names the outcome of each input. The scale test
 * is left out for the same cost: it judges 10,000 components with every policy, so every mutant of a
 * rule or of the framework would run it (tens of seconds each), while what it asserts of the rules
 * (a compliant topology passes every policy) the reference topology's specs assert too.
 */
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  globalSetup: undefined,
  testPathIgnorePatterns: [
    "/node_modules/",
    "/test/e2e/",
    "\\.e2e\\.test\\.ts$",
    "/test/model/deployment-credentials\\.test\\.ts$",
    "/test/pack/coverage\\.test\\.ts$",
    "/test/fuzz/",
    "/test/scale/",
    // The tarball checks and the served pack's read the built package, which the mutation sandbox does not build.
    "/test/consumer/",
    "/test/pack/served-pack\\.test\\.ts$",
    "/test/cli/check-loads\\.test\\.ts$",
  ],
  reporters: ["default"],
  moduleNameMapper: { "^@npmcli/arborist$": "<rootDir>/test/harness/no-arborist.js" },
};
