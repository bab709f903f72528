import { createHash } from "node:crypto";
import type { Log, ReportingDescriptor, Result } from "sarif";
import type { PolicyEntry } from "./catalog";
import { parseUrn, type PolicyFinding, type PreviewEvents } from "./events";
import { DOCS_URL } from "../policies/framework/define";
import { describeSource } from "../policies/framework/requirements";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

export interface SarifOptions {
  toolVersion: string;
  /**
   * The file results are anchored to. Code scanning shows only results with a physical location,
   * and a policy judges the program as a whole, so results point at the project file.
   */
  artifactUri?: string;
}

/** GitHub code scanning ranks security results by this score; it mirrors the policy severity. */
const SECURITY_SEVERITY: Record<string, string> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

function helpMarkdown(p: PolicyEntry): string {
  return [
    `**${p.requirements.join(", ")}**: ${p.description}`,
    "",
    `**Remediation:** ${p.remediationSteps}`,
    "",
    `> ${p.seed.text}`,
    ">",
    `> (${describeSource(p.seed)})`,
  ].join("\n");
}

function helpText(p: PolicyEntry): string {
  return `${p.description}\nRemediation: ${p.remediationSteps}\nSource (${describeSource(p.seed)}): "${p.seed.text}"`;
}

export function sarifRule(p: PolicyEntry): ReportingDescriptor {
  const properties: ReportingDescriptor["properties"] = {
    requirements: p.requirements,
    severity: p.severity,
    enforcementLevel: p.enforcementLevel,
    tags: ["security", "ocs-2007-r2", ...p.requirements],
  };
  const score = SECURITY_SEVERITY[p.severity];
  if (score) properties["security-severity"] = score;
  return {
    id: p.name,
    name: p.name,
    shortDescription: { text: p.description },
    fullDescription: { text: `${p.description} ${p.requirements.join(", ")}.` },
    help: { text: helpText(p), markdown: helpMarkdown(p) },
    helpUri: p.url,
    defaultConfiguration: { level: p.enforcementLevel === "mandatory" ? "error" : "warning" },
    properties,
  };
}

/** A rule for a policy that reported events but is not in this pack's catalogue (another pack, a rename). */
function unknownRule(name: string): ReportingDescriptor {
  return { id: name, name, shortDescription: { text: `Policy ${name} (not part of this policy pack).` } };
}

/** mandatory → error; every advisory, whatever its severity, → warning; not verifiable → note. */
export function sarifLevel(f: PolicyFinding): Result.level {
  if (f.outcome === "not-verifiable") return "note";
  return f.enforcementLevel === "mandatory" ? "error" : "warning";
}

function fingerprint(f: PolicyFinding): string {
  return createHash("sha256")
    .update(`${f.policyName}\u0000${f.resourceUrn ?? ""}\u0000${f.message}`)
    .digest("hex")
    .slice(0, 32);
}

function sarifResult(f: PolicyFinding, ruleIndex: number, artifactUri: string): Result {
  const parsed = f.resourceUrn ? parseUrn(f.resourceUrn) : undefined;
  const prefix = f.outcome === "not-verifiable" ? "Not verifiable during preview: " : "";
  const result: Result = {
    ruleId: f.policyName,
    ruleIndex,
    level: sarifLevel(f),
    kind: f.outcome === "not-verifiable" ? "review" : "fail",
    message: { text: `${prefix}${f.message}` },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: artifactUri }, region: { startLine: 1 } },
        logicalLocations: [
          f.resourceUrn
            ? {
                name: parsed?.name ?? f.resourceUrn,
                fullyQualifiedName: f.resourceUrn,
                kind: "resource",
                properties: { resourceType: parsed?.type ?? "unknown", stack: parsed?.stack ?? "unknown" },
              }
            : { name: "stack", kind: "module" },
        ],
      },
    ],
    partialFingerprints: { "ocsGuardFinding/v1": fingerprint(f) },
    properties: { outcome: f.outcome, enforcementLevel: f.enforcementLevel, policyPack: f.policyPack },
  };
  if (f.severity) result.properties = { ...result.properties, severity: f.severity };
  if (f.outcome === "accepted-risk") {
    // A waiver is a recorded, owned decision: code scanning shows it as suppressed, not as open.
    result.suppressions = [{ kind: "external", status: "accepted", justification: f.message }];
  }
  return result;
}

/** Builds a SARIF 2.1.0 log: one rule per policy of the pack, one result per policy event. */
export function buildSarif(events: PreviewEvents, policies: readonly PolicyEntry[], options: SarifOptions): Log {
  const rules = policies.map(sarifRule);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const f of events.findings) {
    if (!index.has(f.policyName)) {
      index.set(f.policyName, rules.length);
      rules.push(unknownRule(f.policyName));
    }
  }
  const artifactUri = options.artifactUri ?? "Pulumi.yaml";
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "ocs-guard",
            version: options.toolVersion,
            informationUri: DOCS_URL,
            rules,
          },
        },
        results: events.findings.map((f) => sarifResult(f, index.get(f.policyName) ?? 0, artifactUri)),
        invocations: [
          {
            executionSuccessful: events.errors.length === 0,
            toolExecutionNotifications: events.errors.map((e) => ({ level: "error" as const, message: { text: e.message } })),
          },
        ],
      },
    ],
  };
}
