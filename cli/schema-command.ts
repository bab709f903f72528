import { readFileSync } from "node:fs";
import { renderTopologyDocumentJsonSchema } from "../components/document/json-schema";
import { parseCommandArgs, type CommandSpec } from "./command";
import { writeAllOrNothing } from "./write-files";

export const schemaSpec = {
  name: "schema",
  summary: "print the JSON Schema of a topology document (ocs-topology.schema.json)",
  usage: "ocs-guard schema [--write FILE | --check FILE]",
  description: [
    "The schema is generated from the component models, so editors complete and check a topology document",
    "(see docs/documents.md). Without options it is printed on standard output; the package ships it as",
    "ocs-topology.schema.json.",
  ],
  options: {
    write: { type: "string", value: "FILE", help: "write the schema to FILE" },
    check: { type: "string", value: "FILE", help: "check that FILE is current (exit 1 when it is stale or missing)" },
  },
  exitCodes: "Exit codes: 0 done (or up to date), 1 the checked file is stale or missing, 2 bad usage or a file that cannot be written.",
} as const satisfies CommandSpec;

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** `ocs-guard schema [--write FILE | --check FILE]`; without options prints the schema. */
export function schemaCommand(args: string[]): number {
  const { values } = parseCommandArgs(schemaSpec, args);
  if (values.write !== undefined && values.check !== undefined) {
    process.stderr.write("ocs-guard schema: use either --write or --check, not both.\n");
    return 2;
  }
  const schema = renderTopologyDocumentJsonSchema();
  if (values.write !== undefined) {
    writeAllOrNothing([{ path: values.write, content: schema }]);
    process.stderr.write(`ocs-guard schema: wrote ${values.write}.\n`);
    return 0;
  }
  if (values.check !== undefined) {
    const existing = readOrUndefined(values.check);
    if (existing === schema) {
      process.stderr.write(`ocs-guard schema: ${values.check} is up to date.\n`);
      return 0;
    }
    process.stderr.write(
      `ocs-guard schema: ${values.check} is ${existing === undefined ? "missing" : "stale"}; regenerate it with \`npm run schema\` and commit it.\n`,
    );
    return 1;
  }
  process.stdout.write(schema);
  return 0;
}
