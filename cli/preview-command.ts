import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { allPolicies } from "../policies/all";
import { describePolicies } from "./catalog";
import { EXIT_CODES, parseCommandArgs, type CommandSpec } from "./command";
import type { EngineEvent } from "./engine-events";
import { EventCollector, explainFailure, isProgramResource, parseUrn, policyIndex, stripColors, type PolicyFinding } from "./events";
import { packageRoot } from "./package-root";
import { FAIL_ON, parseFailOn, verdictLine, writeReports } from "./report-command";
import { verdictFor } from "./verdict";
import { removeStale, WriteError, writeReason } from "./write-files";
import { sourceRoots } from "./source-root";

const NO_PULUMI =
  'ocs-guard preview: the pulumi CLI is not on PATH; build it with `export PATH="$(scripts/setup-pulumi.sh):$PATH"` (the script prints the folder that holds it) and run again.\n';

/** One progress line per registered resource and per policy event, as the events arrive. */
export function progressLine(event: EngineEvent, finding: PolicyFinding | undefined): string | undefined {
  if (event.kind === "resourcePreEvent") {
    const { urn, op } = event.payload.metadata;
    if (!isProgramResource(urn)) return undefined;
    const parsed = parseUrn(urn);
    return `  ${(op || "same").padEnd(7)} ${parsed?.type ?? ""} ${parsed?.name ?? urn}`;
  }
  if (finding) {
    const where = finding.resourceUrn ? (parseUrn(finding.resourceUrn)?.name ?? finding.resourceUrn) : "stack";
    const label = finding.outcome === "violation" ? finding.enforcementLevel : finding.outcome;
    // The last line is the policy's own sentence (a first line, if any, is the policy description).
    const lines = stripColors(finding.message).split("\n").filter((l) => l.trim() !== "");
    return `  [${label}] ${finding.policyName} on ${where}: ${lines[lines.length - 1] ?? ""}`;
  }
  return undefined;
}

/** The folder pulumi runs in when the pass-through arguments move it (`-C DIR`, `--cwd DIR`, `--cwd=DIR`). */
export function projectFolderArg(args: readonly string[]): string | undefined {
  let folder: string | undefined;
  args.forEach((arg, i) => {
    if ((arg === "-C" || arg === "--cwd") && i + 1 < args.length) folder = args[i + 1];
    else if (arg.startsWith("--cwd=")) folder = arg.slice("--cwd=".length);
  });
  return folder;
}

export const previewSpec = {
  name: "preview",
  summary: "run pulumi preview with this policy pack, show progress and write the reports",
  usage: "ocs-guard preview [--out DIR] [--fail-on LEVEL] [-- pulumi preview arguments...]",
  description: [
    "Runs `pulumi preview --json --policy-pack <this package>` with the streaming engine events and writes",
    "DIR/events.jsonl (the events as pulumi printed them), DIR/ocs-guard.sarif, DIR/junit.xml and DIR/summary.md.",
    "Everything after `--` goes to pulumi preview, e.g. `-- --stack dev`. SARIF results point at the line of the",
    "program that constructed each component, relative to the repository that holds the project (the folder with .git).",
    "Events that cannot be read, or that do not show the policy pack ran to the end, are refused (exit 2)",
    "and no report is written.",
  ],
  options: {
    out: { type: "string", default: "reports", value: "DIR", help: "the folder for the events and the reports (default: reports)" },
    "fail-on": { type: "string", default: "mandatory", value: "LEVEL", help: "mandatory (default), advisory or never: what fails the gate" },
  },
  passThrough: true,
  exitCodes: EXIT_CODES,
} as const satisfies CommandSpec;

/** Opens the file pulumi's events are saved to; throws WriteError. */
function openEventsFile(out: string, file: string): number {
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw new WriteError(out, writeReason(error, join(out, "events.jsonl")));
  }
  try {
    return openSync(file, "w");
  } catch (error) {
    throw new WriteError(file, writeReason(error, file));
  }
}

/** `ocs-guard preview [--out DIR] [--fail-on LEVEL] [-- pulumi args…]` */
export async function previewCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(previewSpec, args);
  const failOn = parseFailOn(values["fail-on"]);
  if (!failOn) {
    process.stderr.write(`ocs-guard preview: --fail-on must be one of ${FAIL_ON.join(", ")}, not "${values["fail-on"]}".\n`);
    return 2;
  }
  const out = values.out ?? "reports";
  const eventsFile = join(out, "events.jsonl");
  const saved = openEventsFile(out, eventsFile);
  const policies = describePolicies(allPolicies);
  const index = policyIndex(policies);
  const collector = new EventCollector(index);

  const pulumiArgs = ["preview", "--json", "--policy-pack", packageRoot(), ...positionals];
  process.stderr.write(`ocs-guard preview: pulumi ${pulumiArgs.join(" ")}\n`);
  const child = spawn("pulumi", pulumiArgs, {
    env: { ...process.env, PULUMI_ENABLE_STREAMING_JSON_PREVIEW: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });

  const spawnError = new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
    child.once("error", (error: NodeJS.ErrnoException) => resolve(error));
    child.once("spawn", () => resolve(undefined));
  });
  const closed = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));

  const error = await spawnError;
  if (error) {
    closeSync(saved);
    process.stderr.write(error.code === "ENOENT" ? NO_PULUMI : `ocs-guard preview: cannot run pulumi (${error.message}).\n`);
    return 2;
  }

  // pulumi's own messages pass through; its error lines are kept, since some failures (a policy
  // pack that cannot start) reach only stderr and never the event stream.
  const stderrErrors: string[] = [];
  createInterface({ input: child.stderr }).on("line", (line) => {
    process.stderr.write(`${line}\n`);
    const clean = stripColors(line).trim();
    if (clean.startsWith("error:")) stderrErrors.push(clean);
  });
  let saveError: unknown;
  const lines = createInterface({ input: child.stdout });
  lines.on("line", (line) => {
    if (saveError === undefined) {
      try {
        writeSync(saved, `${line}\n`);
      } catch (e) {
        saveError = e;
      }
    }
    const event = collector.addLine(line);
    if (!event) return;
    const progress = progressLine(event, collector.lastFinding);
    if (progress) process.stderr.write(`${progress}\n`);
  });
  const pulumiCode = await closed;
  closeSync(saved);
  if (saveError !== undefined) throw new WriteError(eventsFile, writeReason(saveError, eventsFile));

  const failed = pulumiCode !== 0;
  const reasons = failed && stderrErrors.length === 0 ? [`error: pulumi preview exited with code ${String(pulumiCode)}.`] : stderrErrors;
  const events = explainFailure(collector.raw, failed || collector.failedInEvents, failed ? reasons : []);
  if (events.eventCount === 0) {
    process.stderr.write(
      `ocs-guard preview: pulumi exited with code ${String(pulumiCode)} and printed no engine events (see its messages above); ${eventsFile} holds what it printed.\n`,
    );
    return 2;
  }
  const reports = { sarif: join(out, "ocs-guard.sarif"), junit: join(out, "junit.xml"), markdown: join(out, "summary.md") };
  const verdict = verdictFor(events, failOn);
  if (verdict.code === 2) {
    removeStale(Object.values(reports));
    process.stderr.write(`ocs-guard preview: cannot judge the preview: ${verdict.reason}; no report was written (pulumi's events are in ${eventsFile}).\n`);
    return 2;
  }
  writeReports(events, policies, reports, failOn, sourceRoots(projectFolderArg(positionals) ?? "."));
  process.stderr.write(`${verdictLine(events, failOn)}\nocs-guard preview: reports written to ${out}/ (events.jsonl, ocs-guard.sarif, junit.xml, summary.md).\n`);
  return verdict.code;
}
