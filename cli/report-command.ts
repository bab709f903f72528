import { readFileSync } from "node:fs";
import { allPolicies } from "../policies/all";
import { describePolicies, type PolicyEntry } from "./catalog";
import { parseEvents, type PreviewEvents } from "./events";
import { buildJunit } from "./junit";
import { previewDiagram } from "./diagram/from-events";
import { buildMarkdown } from "./markdown";
import { packageVersion } from "./package-root";
import { buildSarif } from "./sarif";
import { sourceRoots, type SourceRoots } from "./source-root";
import { countFindings, verdictFor, type FailOn } from "./verdict";
import { removeStale, writeAllOrNothing, type FileToWrite } from "./write-files";
import { EXIT_CODES, parseCommandArgs, type CommandSpec } from "./command";

export const FAIL_ON: readonly FailOn[] = ["mandatory", "advisory", "never"];

export function parseFailOn(value: string | undefined): FailOn | undefined {
  const v = value ?? "mandatory";
  return (FAIL_ON as readonly string[]).includes(v) ? (v as FailOn) : undefined;
}

export interface ReportTargets {
  sarif?: string | undefined;
  junit?: string | undefined;
  markdown?: string | undefined;
}

/** Writes the reports asked for, all or none (throws WriteError), and returns the Markdown summary. */
export function writeReports(
  events: PreviewEvents,
  policies: readonly PolicyEntry[],
  targets: ReportTargets,
  failOn: FailOn,
  sources: SourceRoots,
): string {
  const markdown = buildMarkdown(events, policies, { failOn, diagram: previewDiagram(events, policies) });
  const files: FileToWrite[] = [];
  if (targets.sarif) {
    const sarif = buildSarif(events, policies, { toolVersion: packageVersion(), sources });
    files.push({ path: targets.sarif, content: `${JSON.stringify(sarif, null, 2)}\n` });
  }
  if (targets.junit) files.push({ path: targets.junit, content: buildJunit(events, policies) });
  if (targets.markdown) files.push({ path: targets.markdown, content: markdown });
  writeAllOrNothing(files);
  return markdown;
}

/** One line for the terminal: the counts a reviewer needs first. */
export function verdictLine(events: PreviewEvents, failOn: FailOn): string {
  const c = countFindings(events);
  const status = verdictFor(events, failOn).code === 1 ? "FAIL" : "PASS";
  const errors = c.previewErrors > 0 ? `, ${c.previewErrors} preview error(s)` : "";
  return `ocs-guard: ${status}: ${c.mandatory} mandatory, ${c.advisory} advisory, ${c.acceptedRisks} accepted risk(s), ${c.notVerifiable} not verifiable, ${c.resources} resource(s)${errors}.`;
}

/** The options of every command that writes the reports: `report`, and `check`. */
export const reportOptions = {
  sarif: { type: "string", value: "FILE", help: "write SARIF 2.1.0 here" },
  junit: { type: "string", value: "FILE", help: "write JUnit XML here" },
  markdown: { type: "string", value: "FILE", help: "write the Markdown summary (with the topology picture) here" },
  "fail-on": { type: "string", default: "mandatory", value: "LEVEL", help: "mandatory (default), advisory or never: what fails the gate" },
  summary: { type: "boolean", default: false, help: "also print the Markdown summary on standard output" },
} as const satisfies CommandSpec["options"];

export const reportSpec = {
  name: "report",
  summary: "turn the engine events of a preview into reports and a verdict",
  usage: "ocs-guard report [--input FILE|-] [--program DIR] [--sarif FILE] [--junit FILE] [--markdown FILE] [--fail-on LEVEL] [--summary]",
  description: [
    "Reads the engine events of `PULUMI_ENABLE_STREAMING_JSON_PREVIEW=1 pulumi preview --json --policy-pack ...`",
    "(or of its `--event-log` file), one JSON event per line, and writes the reports asked for.",
    "Every line must be an engine event pulumi sends; a stream with a line that cannot be read, or one",
    "that does not show the policy pack ran to the end, is refused (exit 2) and no report is written.",
  ],
  options: {
    input: { type: "string", default: "-", value: "FILE", help: "the events file; - (the default) reads standard input" },
    program: {
      type: "string",
      default: ".",
      value: "DIR",
      help: "the Pulumi project the events are of (default: .); SARIF paths are relative to its repository",
    },
    ...reportOptions,
  },
  exitCodes: EXIT_CODES,
} as const satisfies CommandSpec;

function readInput(input: string): string {
  return readFileSync(input === "-" ? 0 : input, "utf8");
}

export function reportCommand(args: string[]): number {
  const { values } = parseCommandArgs(reportSpec, args);
  const failOn = parseFailOn(values["fail-on"]);
  if (!failOn) {
    process.stderr.write(`ocs-guard report: --fail-on must be one of ${FAIL_ON.join(", ")}, not "${values["fail-on"]}".\n`);
    return 2;
  }
  const input = values.input ?? "-";
  const source = input === "-" ? "standard input" : input;
  let content: string;
  try {
    content = readInput(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`ocs-guard report: cannot read ${source} (${reason}).\n`);
    return 2;
  }
  const policies = describePolicies(allPolicies);
  const events = parseEvents(content, policies);
  if (events.eventCount === 0) {
    process.stderr.write(
      `ocs-guard report: no engine events found in ${source}; give it the output of \`PULUMI_ENABLE_STREAMING_JSON_PREVIEW=1 pulumi preview --json --policy-pack ...\`.\n`,
    );
    return 2;
  }
  const verdict = verdictFor(events, failOn);
  if (verdict.code === 2) {
    removeStale([values.sarif, values.junit, values.markdown].filter((p): p is string => p !== undefined));
    process.stderr.write(`ocs-guard report: cannot judge the preview in ${source}: ${verdict.reason}; no report was written.\n`);
    return 2;
  }
  const markdown = writeReports(events, policies, values, failOn, sourceRoots(values.program ?? "."));
  if (values.summary) process.stdout.write(markdown);
  process.stderr.write(`${verdictLine(events, failOn)}\n`);
  return verdict.code;
}
