// `npm run mutate [-- --mutate GLOBS] [--concurrency N] [--framework]`: runs Stryker, then keeps
// the committed incremental report whole, small and free of where it was run.
//
// --framework judges the mutants of policies/framework/ by the framework's own suites
// (stryker.framework.config.mjs); --mutate narrows either run to some files.
//
// Stryker writes into its incremental file only the files a run mutated, so a run restricted to
// one area would drop every other area's results; this keeps the earlier entries of the files the
// run did not mutate (while those files still exist), then strips the project's absolute path and
// the sandbox paths Stryker records in stack traces.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

const file = "stryker-incremental.json";
const { values } = parseArgs({
  options: { mutate: { type: "string" }, concurrency: { type: "string" }, framework: { type: "boolean" } },
  strict: true,
});

const before = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
const stryker = ["stryker", "run"];
if (values.framework) stryker.push("stryker.framework.config.mjs");
if (values.mutate) stryker.push("--mutate", values.mutate);
if (values.concurrency) stryker.push("--concurrency", values.concurrency);
const run = spawnSync("npx", ["--no-install", ...stryker], { stdio: "inherit" });
if (run.status !== 0) {
  console.error(`mutate: stryker exited with ${run.status ?? run.signal}; ${file} left as stryker wrote it`);
  process.exit(run.status ?? 1);
}

const after = JSON.parse(readFileSync(file, "utf8"));
const root = after.projectRoot;
delete after.projectRoot;
if (before && (values.mutate || values.framework)) {
  const relative = (name) => (typeof root === "string" && name.startsWith(`${root}/`) ? name.slice(root.length + 1) : name);
  const mutated = new Set(Object.keys(after.files).map(relative));
  for (const [name, entry] of Object.entries(before.files)) {
    if (!mutated.has(relative(name)) && existsSync(relative(name))) after.files[name] = entry;
  }
  after.testFiles = { ...before.testFiles, ...after.testFiles };
}
// Stryker keeps each failing test's whole assertion diff as the mutant's reason: megabytes that say
// nothing the next run needs. Its first line tells which assertion killed the mutant.
for (const entry of Object.values(after.files)) {
  for (const mutant of entry.mutants) {
    if (typeof mutant.statusReason === "string") mutant.statusReason = firstLine(mutant.statusReason);
  }
}
let text = JSON.stringify(after);
text = text.replace(/[^\s"(]*\/\.stryker-tmp\/sandbox-[A-Za-z0-9_-]+\//g, "");
if (typeof root === "string" && root !== "") text = text.split(`${root}/`).join("").split(root).join(".");
// Paths outside the project (Node.js internals, the home directory) say only where it ran.
text = text.replace(/(?<=[\s"(])\/(?:home|root|tmp|usr|opt|work)\/[^\s"():]*\//g, "");
writeFileSync(file, `${text}\n`);
console.log(`mutate: ${file} updated (${Object.keys(after.files).length} files). The score over policies/, every run so far:`);
// The figure that matters is over all of policies/, not over the files this run mutated.
const score = spawnSync(process.execPath, ["scripts/mutate-score.mjs", file], { stdio: "inherit" });
process.exit(score.status ?? 1);

function firstLine(reason) {
  const line = reason.split("\n", 1)[0];
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
