import type { PolicyEntry } from "./catalog";
import { parseUrn, type PolicyFinding, type PreviewEvents } from "./events";
import { countFindings, exitCodeFor, type FailOn } from "./verdict";

/** Escapes text for one Markdown table cell: pipes split cells and newlines end rows. */
export function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

function resourceLabel(urn: string | undefined): string {
  if (!urn) return "(stack)";
  const parsed = parseUrn(urn);
  return parsed ? `\`${parsed.name}\` (${parsed.type})` : `\`${urn}\``;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface MarkdownOptions {
  failOn: FailOn;
  /** Text for the heading, e.g. the stack name. */
  title?: string;
  /** The topology picture's section (cli/diagram `topologyDiagram`), put after the findings. */
  diagram?: string;
}

function verdict(events: PreviewEvents, failOn: FailOn): string {
  const c = countFindings(events);
  const gate = exitCodeFor(events, failOn) === 1;
  const parts = [
    plural(c.mandatory, "mandatory violation"),
    plural(c.advisory, "advisory violation"),
    plural(c.acceptedRisks, "accepted risk"),
    `${c.notVerifiable} not verifiable until update`,
  ];
  if (c.previewErrors > 0) parts.push(plural(c.previewErrors, "preview error"));
  return `**Verdict: ${gate ? "FAIL" : "PASS"}**: ${parts.join(", ")} (gate: fail on ${failOn}).`;
}

/** Groups violations by the requirement IDs of their policy, in the order requirements are listed. */
function byRequirement(findings: PolicyFinding[], policies: ReadonlyMap<string, PolicyEntry>): Map<string, PolicyFinding[]> {
  const groups = new Map<string, PolicyFinding[]>();
  for (const f of findings) {
    const key = policies.get(f.policyName)?.requirements.join(", ") || "(no requirement ID)";
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })));
}

/** A Markdown summary for a pull-request comment or a CI job summary. */
export function buildMarkdown(events: PreviewEvents, allPolicies: readonly PolicyEntry[], options: MarkdownOptions): string {
  const policies = new Map(allPolicies.map((p) => [p.name, p]));
  const c = countFindings(events);
  const out: string[] = [`## ${options.title ?? "ocs-guard policy report"}`, "", verdict(events, options.failOn), ""];

  out.push(
    "| | count |",
    "|---|---:|",
    `| Mandatory violations | ${c.mandatory} |`,
    `| Advisory violations | ${c.advisory} |`,
    `| Accepted risks (valid waivers) | ${c.acceptedRisks} |`,
    `| Not verifiable until update | ${c.notVerifiable} |`,
    `| Resources judged | ${c.resources} |`,
    `| Policies in the pack | ${allPolicies.length} |`,
    "",
  );

  if (events.errors.length > 0) {
    out.push("### Preview errors", "", ...events.errors.map((e) => `- ${e.message.replace(/\r?\n/g, " ")}`), "");
  }

  const violations = events.findings.filter((f) => f.outcome === "violation");
  if (violations.length > 0) {
    out.push("### Violations by requirement", "");
    for (const [requirement, group] of byRequirement(violations, policies)) {
      out.push(`#### ${requirement}`, "", "| Level | Policy | Resource | Message |", "|---|---|---|---|");
      const ordered = [...group].sort((a, b) => Number(b.enforcementLevel === "mandatory") - Number(a.enforcementLevel === "mandatory"));
      for (const f of ordered) {
        const policy = policies.get(f.policyName);
        const name = policy ? `[${f.policyName}](${policy.url})` : f.policyName;
        out.push(`| ${f.enforcementLevel} | ${name} | ${cell(resourceLabel(f.resourceUrn))} | ${cell(f.message)} |`);
      }
      out.push("");
      const names = [...new Set(group.map((f) => f.policyName))];
      for (const name of names) {
        const policy = policies.get(name);
        if (policy) out.push(`- **Remediation (${name}):** ${policy.remediationSteps}`);
      }
      out.push("");
    }
  } else {
    out.push("No policy violations.", "");
  }

  const accepted = events.findings.filter((f) => f.outcome === "accepted-risk");
  if (accepted.length > 0) {
    out.push("### Accepted risks", "", "| Resource | Waiver |", "|---|---|");
    for (const f of accepted) out.push(`| ${cell(resourceLabel(f.resourceUrn))} | ${cell(f.message)} |`);
    out.push("");
  }

  const unknown = events.findings.filter((f) => f.outcome === "not-verifiable");
  if (unknown.length > 0) {
    out.push(
      "### Not verifiable until update",
      "",
      "These judgements need values that are unknown during preview; the same policies enforce them on `pulumi up`.",
      "",
      "| Policy | Resource | What is unknown |",
      "|---|---|---|",
    );
    for (const f of unknown) out.push(`| ${f.policyName} | ${cell(resourceLabel(f.resourceUrn))} | ${cell(f.message)} |`);
    out.push("");
  }
  if (options.diagram) out.push(options.diagram);
  return out.join("\n");
}
