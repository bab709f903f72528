import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { allPolicies, requirementIds } from "../policies";
import { describePolicies } from "./catalog";
import { renderDocs } from "./docs";

export function currentDocs(): string {
  return renderDocs(describePolicies(allPolicies), requirementIds);
}

/** `ocs-guard docs [--write FILE | --check FILE]`; without options prints the Markdown. */
export function docsCommand(args: string[]): number {
  const { values } = parseArgs({ args, options: { write: { type: "string" }, check: { type: "string" } }, strict: true });
  const docs = currentDocs();
  if (values.write !== undefined && values.check !== undefined) {
    process.stderr.write("ocs-guard docs: use either --write or --check, not both.\n");
    return 2;
  }
  if (values.write !== undefined) {
    writeFileSync(values.write, docs);
    process.stderr.write(`ocs-guard docs: wrote ${values.write}.\n`);
    return 0;
  }
  if (values.check !== undefined) {
    let existing: string | undefined;
    try {
      existing = readFileSync(values.check, "utf8");
    } catch {
      existing = undefined;
    }
    if (existing === docs) {
      process.stderr.write(`ocs-guard docs: ${values.check} is up to date.\n`);
      return 0;
    }
    process.stderr.write(
      `ocs-guard docs: ${values.check} is ${existing === undefined ? "missing" : "stale"}; regenerate it with \`npm run build && npm run docs\` and commit it.\n`,
    );
    return 1;
  }
  process.stdout.write(docs);
  return 0;
}
