#!/usr/bin/env node
import { docsCommand } from "./docs-command";
import { policiesCommand } from "./policies-command";
import { previewCommand } from "./preview-command";
import { reportCommand } from "./report-command";

const USAGE = `Usage: ocs-guard <command> [options]

Commands:
  policies [--json]                      list the policies of the pack
  docs [--write FILE | --check FILE]     render docs/policies.md (print, write, or check it is current)
  report [--input FILE|-] [--sarif FILE] [--junit FILE] [--markdown FILE]
         [--fail-on mandatory|advisory|never] [--summary]
                                         turn the engine events of a preview into reports
  preview [--out DIR] [--fail-on LEVEL] [-- pulumi preview args...]
                                         run pulumi preview with this policy pack and write the reports

Exit codes: 0 pass, 1 policy gate failed (or a stale file for docs --check), 2 bad usage or input.
`;

const commands: Record<string, (args: string[]) => number | Promise<number>> = {
  policies: policiesCommand,
  docs: docsCommand,
  report: reportCommand,
  preview: previewCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`ocs-guard: unknown command "${name}".\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      // parseArgs explains unknown or malformed options in one sentence.
      process.stderr.write(`ocs-guard ${name}: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
