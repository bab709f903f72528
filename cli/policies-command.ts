import { parseArgs } from "node:util";
import { allPolicies } from "../policies";
import { describePolicies, type PolicyEntry } from "./catalog";

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

export function policiesCommand(args: string[]): number {
  const { values } = parseArgs({ args, options: { json: { type: "boolean", default: false } }, strict: true });
  const policies = describePolicies(allPolicies);
  process.stdout.write(values.json ? `${JSON.stringify(policies, null, 2)}\n` : `${policyTable(policies)}\n`);
  return 0;
}
