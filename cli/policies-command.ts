import { allPolicies } from "../policies/all";
import { describePolicies, type PolicyEntry } from "./catalog";
import { parseCommandArgs, type CommandSpec } from "./command";

/** A plain-text table: columns padded to their widest cell. */
export function policyTable(policies: readonly PolicyEntry[]): string {
  const header = ["NAME", "KIND", "LEVEL", "SEVERITY", "REQUIREMENTS"];
  const rows = policies.map((p) => [p.name, p.kind, p.enforcementLevel, p.severity, p.requirements.join(",")]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(header), ...rows.map(line), `${policies.length} ${policies.length === 1 ? "policy" : "policies"}`].join("\n");
}

export const policiesSpec = {
  name: "policies",
  summary: "list the policies of the pack",
  usage: "ocs-guard policies [--json]",
  description: ["Prints one row per policy: name, kind, default enforcement level, severity and requirement IDs."],
  options: { json: { type: "boolean", default: false, help: "print the full metadata (seed, remediation, configuration) as JSON" } },
  exitCodes: "Exit codes: 0 listed, 2 bad usage.",
} as const satisfies CommandSpec;

export function policiesCommand(args: string[]): number {
  const { values } = parseCommandArgs(policiesSpec, args);
  const policies = describePolicies(allPolicies);
  process.stdout.write(values.json ? `${JSON.stringify(policies, null, 2)}\n` : `${policyTable(policies)}\n`);
  return 0;
}
