import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { allPolicies } from "../policies";
import { describePolicies } from "./catalog";
import { EventCollector, exitCodeFor, explainFailure, isProgramResource, parseUrn, policyIndex, stripColors, type PolicyFinding } from "./events";
import { packageRoot } from "./package-root";
import { FAIL_ON, parseFailOn, verdictLine, writeReports } from "./report-command";

const NO_PULUMI =
  'ocs-guard preview: the pulumi CLI is not on PATH; build it with `export PATH="$(scripts/setup-pulumi.sh):$PATH"` (the script prints the folder that holds it) and run again.\n';

/** One progress line per registered resource and per policy event, as the events arrive. */
export function progressLine(event: Record<string, unknown>, finding: PolicyFinding | undefined): string | undefined {
  const pre = event.resourcePreEvent;
  if (typeof pre === "object" && pre !== null && "metadata" in pre) {
    const metadata = (pre as { metadata?: { urn?: unknown; op?: unknown } }).metadata;
    const urn = typeof metadata?.urn === "string" ? metadata.urn : undefined;
    if (!urn || !isProgramResource(urn)) return undefined;
    const parsed = parseUrn(urn);
    const op = typeof metadata?.op === "string" ? metadata.op : "same";
    return `  ${op.padEnd(7)} ${parsed?.type ?? ""} ${parsed?.name ?? urn}`;
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

/** `ocs-guard preview [--out DIR] [--fail-on LEVEL] [-- pulumi args…]` */
export async function previewCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { out: { type: "string", default: "reports" }, "fail-on": { type: "string", default: "mandatory" } },
    strict: true,
    allowPositionals: true,
  });
  const failOn = parseFailOn(values["fail-on"]);
  if (!failOn) {
    process.stderr.write(`ocs-guard preview: --fail-on must be one of ${FAIL_ON.join(", ")}, not "${values["fail-on"]}".\n`);
    return 2;
  }
  const out = values.out ?? "reports";
  mkdirSync(out, { recursive: true });
  const eventsFile = join(out, "events.jsonl");
  const saved = createWriteStream(eventsFile);
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
    saved.end();
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
  const lines = createInterface({ input: child.stdout });
  lines.on("line", (line) => {
    saved.write(`${line}\n`);
    const before = collector.events.findings.length;
    const event = collector.addLine(line);
    if (!event) return;
    const findings = collector.events.findings;
    const progress = progressLine(event, findings.length > before ? findings[findings.length - 1] : undefined);
    if (progress) process.stderr.write(`${progress}\n`);
  });
  const pulumiCode = await closed;
  await new Promise<void>((resolve) => saved.end(resolve));

  const failed = pulumiCode !== 0;
  const reasons = failed && stderrErrors.length === 0 ? [`error: pulumi preview exited with code ${String(pulumiCode)}.`] : stderrErrors;
  const events = explainFailure(collector.raw, failed || collector.failedInEvents, failed ? reasons : []);
  if (events.eventCount === 0) {
    process.stderr.write(
      `ocs-guard preview: pulumi exited with code ${String(pulumiCode)} and printed no engine events (see its messages above); ${eventsFile} holds what it printed.\n`,
    );
    return 2;
  }
  writeReports(
    events,
    policies,
    { sarif: join(out, "ocs-guard.sarif"), junit: join(out, "junit.xml"), markdown: join(out, "summary.md") },
    failOn,
  );
  process.stderr.write(`${verdictLine(events, failOn)}\nocs-guard preview: reports written to ${out}/ (events.jsonl, ocs-guard.sarif, junit.xml, summary.md).\n`);
  return exitCodeFor(events, failOn);
}
