#!/usr/bin/env node
import { checkCommand, checkSpec } from "./check-command";
import { asksForHelp, commandHelp, EXIT_CODES, type CommandSpec } from "./command";
import { diagramCommand, diagramSpec } from "./diagram-command";
import { docsCommand, docsSpec } from "./docs-command";
import { packageVersion } from "./package-root";
import { policiesCommand, policiesSpec } from "./policies-command";
import { previewCommand, previewSpec } from "./preview-command";
import { reportCommand, reportSpec } from "./report-command";
import { schemaCommand, schemaSpec } from "./schema-command";
import { WriteError } from "./write-files";

interface Command {
  spec: CommandSpec;
  run: (args: string[]) => number | Promise<number>;
}

const commands: readonly Command[] = [
  { spec: policiesSpec, run: policiesCommand },
  { spec: docsSpec, run: docsCommand },
  { spec: reportSpec, run: reportCommand },
  { spec: previewSpec, run: previewCommand },
  { spec: checkSpec, run: checkCommand },
  { spec: diagramSpec, run: diagramCommand },
  { spec: schemaSpec, run: schemaCommand },
];

function usage(): string {
  const width = Math.max(...commands.map((c) => c.spec.name.length));
  return [
    "Usage: ocs-guard <command> [options]",
    "       ocs-guard <command> --help",
    "       ocs-guard --version",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.spec.name.padEnd(width)}  ${c.spec.summary}`),
    "",
    EXIT_CODES,
    "",
  ].join("\n");
}

/** The one sentence for an error a command did not handle itself; never a stack trace. */
function failure(name: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
    // parseArgs explains unknown or malformed options in one sentence.
    const sentence = (error as Error).message.split(". ")[0] ?? "";
    return `ocs-guard ${name}: ${sentence.replace(/\.$/, "")}; see \`ocs-guard ${name} --help\`.`;
  }
  if (error instanceof WriteError) return `ocs-guard ${name}: ${error.message}.`;
  const message = error instanceof Error ? error.message : String(error);
  return `ocs-guard ${name}: ${message.split("\n")[0] ?? ""}`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(usage());
    return 2;
  }
  if (name === "help" || name === "--help" || name === "-h") {
    const command = commands.find((c) => c.spec.name === rest[0]);
    process.stdout.write(command ? commandHelp(command.spec) : usage());
    return 0;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const command = commands.find((c) => c.spec.name === name);
  if (!command) {
    process.stderr.write(`ocs-guard: unknown command "${name}".\n${usage()}`);
    return 2;
  }
  if (asksForHelp(rest)) {
    process.stdout.write(commandHelp(command.spec));
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    process.stderr.write(`${failure(name, error)}\n`);
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
