// Stryker settings for `npm run mutate -- --framework`: the project's settings, with the mutants of
// policies/framework/ judged by the framework's own suites (jest.mutate.framework.config.js).
import { readFileSync } from "node:fs";

const base = JSON.parse(readFileSync(new URL("./stryker.config.json", import.meta.url), "utf8"));

export default {
  ...base,
  jest: { ...base.jest, configFile: "jest.mutate.framework.config.js" },
  mutate: ["policies/framework/**/*.ts"],
  timeoutMS: 10000,
};
