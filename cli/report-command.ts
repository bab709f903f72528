import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { allPolicies } from "../policies";
import { describePolicies, type PolicyEntry } from "./catalog";
import { countFindings, exitCodeFor, parseEvents, type FailOn, type PreviewEvents } from "./events";
import { buildJunit } from "./junit";
import { buildMarkdown } from "./markdown";
import { packageVersion } from "./package-root";
import { buildSarif } from "./sarif";

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

function write(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** Writes the reports asked for and returns the Markdown summary (for --summary). */
export function writeReports(events: PreviewEvents, policies: readonly PolicyEntry[], targets: ReportTargets, failOn: FailOn): string {
  const markdown = buildMarkdown(events, policies, { failOn });
  if (targets.sarif) write(targets.sarif, `${JSON.stringify(buildSarif(events, policies, { toolVersion: packageVersion() }), null, 2)}\n`);
  if (targets.junit) write(targets.junit, buildJunit(events, policies));
  if (targets.markdown) write(targets.markdown, markdown);
  return markdown;
}

/** One line for the terminal: the counts a reviewer needs first. */
export function verdictLine(events: PreviewEvents, failOn: FailOn): string {
  const c = countFindings(events);
  const status = exitCodeFor(events, failOn) === 1 ? "FAIL" : "PASS";
  const errors = c.previewErrors > 0 ? `, ${c.previewErrors} preview error(s)` : "";
  return `ocs-guard: ${status}: ${c.mandatory} mandatory, ${c.advisory} advisory, ${c.acceptedRisks} accepted risk(s), ${c.notVerifiable} not verifiable, ${c.resources} resource(s)${errors}.`;
}

function readInput(input: string): string {
  return readFileSync(input === "-" ? 0 : input, "utf8");
}

export function reportCommand(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      input: { type: "string", default: "-" },
      sarif: { type: "string" },
      junit: { type: "string" },
      markdown: { type: "string" },
      "fail-on": { type: "string", default: "mandatory" },
      summary: { type: "boolean", default: false },
    },
    strict: true,
  });
  const failOn = parseFailOn(values["fail-on"]);
  if (!failOn) {
    process.stderr.write(`ocs-guard report: --fail-on must be one of ${FAIL_ON.join(", ")}, not "${values["fail-on"]}".\n`);
    return 2;
  }
  const input = values.input ?? "-";
  let content: string;
  try {
    content = readInput(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`ocs-guard report: cannot read ${input === "-" ? "standard input" : input} (${reason}).\n`);
    return 2;
  }
  const policies = describePolicies(allPolicies);
  const events = parseEvents(content, policies);
  if (events.eventCount === 0) {
    process.stderr.write(
      `ocs-guard report: no engine events found in ${input === "-" ? "standard input" : input}; give it the output of \`PULUMI_ENABLE_STREAMING_JSON_PREVIEW=1 pulumi preview --json\`.\n`,
    );
    return 2;
  }
  const markdown = writeReports(events, policies, values, failOn);
  if (values.summary) process.stdout.write(markdown);
  process.stderr.write(`${verdictLine(events, failOn)}\n`);
  return exitCodeFor(events, failOn);
}
