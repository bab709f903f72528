/**
 * The jest run that judges mutants of `policies/framework/` (`npm run mutate -- --framework`).
 * Every suite of the repository goes through the framework, so with the whole in-process run
 * (jest.mutate.config.js) each framework mutant would run nearly all of it: hours on two cores.
 * The framework's own suites say what the framework does; the score they give is a lower bound of
 * what the whole run would give, since these suites are part of it. Suites are picked by folder and
 * by name: a framework spec belongs in test/policies/framework/, or is a waiver, exception or
 * selection suite.
 */
const base = require("./jest.mutate.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: [
    "<rootDir>/test/policies/framework/**/*.test.ts",
    "<rootDir>/test/policies/risk/**/*.test.ts",
    "<rootDir>/test/policies/selection.test.ts",
  ],
  // The unknowns property test (every policy with every unknown path) is left out: it would run for
  // every mutant, while parse-known's own spec and the decoding specs say what it checks of the framework.
};
