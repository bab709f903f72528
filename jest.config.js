/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // The end-to-end suite (test/e2e) drives the real Pulumi CLI, provided by this global setup;
  // everything else is fast and in-process.
  globalSetup: "<rootDir>/test/e2e/global-setup.ts",
  testTimeout: 30000,
  reporters: ["<rootDir>/test/plain-summary-reporter.js", "default"],
};
