import { readFileSync } from "node:fs";
import { allPolicies } from "../policies/all";
import { requirementIds } from "../policies/framework/requirements";
import { describePolicies } from "./catalog";
import { parseCommandArgs, type CommandSpec } from "./command";
import { renderDocs } from "./docs";
import { writeAllOrNothing } from "./write-files";

export function currentDocs(): string {
  return renderDocs(describePolicies(allPolicies), requirementIds);
}

export const docsSpec = {
  name: "docs",
  summary: "render the policy reference (docs/policies.md)",
  usage: "ocs-guard docs [--write FILE | --check FILE]",
  description: ["Without options the Markdown is printed on standard output."],
  options: {
    write: { type: "string", value: "FILE", help: "write the reference to FILE" },
    check: { type: "string", value: "FILE", help: "check that FILE is current (exit 1 when it is stale or missing)" },
  },
  exitCodes: "Exit codes: 0 done (or up to date), 1 the checked file is stale or missing, 2 bad usage or a file that cannot be written.",
} as const satisfies CommandSpec;

/** `ocs-guard docs [--write FILE | --check FILE]`; without options prints the Markdown. */
export function docsCommand(args: string[]): number {
  const { values } = parseCommandArgs(docsSpec, args);
  const docs = currentDocs();
  if (values.write !== undefined && values.check !== undefined) {
    process.stderr.write("ocs-guard docs: use either --write or --check, not both.\n");
    return 2;
  }
  if (values.write !== undefined) {
    writeAllOrNothing([{ path: values.write, content: docs }]);
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
