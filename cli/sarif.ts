import { createHash } from "node:crypto";
import type { Log, PhysicalLocation, ReportingDescriptor, Result, Suppression } from "sarif";
import type { PolicyEntry } from "./catalog";
import { parseUrn, type PolicyFinding, type PreviewEvents } from "./events";
import type { RecordedWaiver } from "./recorded-components";
import { projectFile, repositoryPath, type SourceRoots } from "./source-root";
import { DOCS_URL } from "../policies/framework/define";
import { describeSource } from "../policies/framework/requirements";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** Locations are relative to the repository root, which code scanning knows as the source root. */
export const SRCROOT = "%SRCROOT%";

export interface SarifOptions {
  toolVersion: string;
  /**
   * Where the program's files are. Without it the project folder is taken to be the repository
   * root, so a site's file and Pulumi.yaml are written as they are.
   */
  sources?: SourceRoots;
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

/**
 * The name of the partial fingerprint. v2: rule, resource and finding key; v1 hashed the message,
 * so a changed value closed one alert and opened another.
 */
export const FINGERPRINT = "ocsGuardFinding/v2";

/**
 * The finding's stable identity: the rule, the resource URN and which of that rule's findings on
 * that resource it is. The engine's policy events carry no field path, only a sentence, and the
 * sentence holds the value; so the field is told apart by its place among the rule's findings of
 * the same kind on the resource (a policy reports them in the order of its checks), never by the
 * text. A waived violation keeps the key it has unwaived, so waiving suppresses the same alert.
 */
export function fingerprint(ruleId: string, resourceUrn: string | undefined, key: string): string {
  return createHash("sha256").update(`${ruleId}\u0000${resourceUrn ?? ""}\u0000${key}`).digest("hex").slice(0, 32);
}

/** One SARIF result to write, before rule indexes and fingerprints. */
interface Draft {
  finding: PolicyFinding;
  ruleId: string;
  level: Result.level;
  /** violation (waived or not), not-verifiable or accepted-risk (an accepted risk waiving nothing visible). */
  kind: "violation" | "not-verifiable" | "accepted-risk";
  waiver?: RecordedWaiver;
}

/**
 * The waiver behind an accepted-risk finding, from the waivers its component registered: the one
 * whose owner, expiry and justification the report quotes. A report that waives nothing now
 * ("accepted risk: ...") or whose waiver the outputs do not show has none.
 */
function waiverBehind(f: PolicyFinding, events: PreviewEvents): RecordedWaiver | undefined {
  if (!f.resourceUrn || !/^waived:/i.test(f.message)) return undefined;
  const waivers = events.components.get(f.resourceUrn)?.waivers ?? [];
  const matching = waivers.filter((w) => f.message.includes(`accepted by ${w.owner} until ${w.expires}: ${w.justification}`));
  // Two waivers with the same acceptance on one resource cannot be told apart: keep the report as it is.
  return matching.length === 1 ? matching[0] : undefined;
}

function draftOf(f: PolicyFinding, events: PreviewEvents, policies: ReadonlyMap<string, PolicyEntry>): Draft {
  if (f.outcome === "not-verifiable") return { finding: f, ruleId: f.policyName, level: "note", kind: "not-verifiable" };
  if (f.outcome === "accepted-risk") {
    const waiver = waiverBehind(f, events);
    if (waiver) {
      const waived = policies.get(waiver.policy);
      const level: Result.level = waived?.enforcementLevel === "advisory" ? "warning" : "error";
      return { finding: f, ruleId: waiver.policy, level, kind: "violation", waiver };
    }
    return { finding: f, ruleId: f.policyName, level: sarifLevel(f), kind: "accepted-risk" };
  }
  return { finding: f, ruleId: f.policyName, level: sarifLevel(f), kind: "violation" };
}

function physicalLocation(f: PolicyFinding, events: PreviewEvents, sources: SourceRoots | undefined): PhysicalLocation {
  const site = f.resourceUrn ? events.components.get(f.resourceUrn)?.site : undefined;
  const uri = site && repositoryPath(sources, site.file);
  if (site && uri) {
    return { artifactLocation: { uri, uriBaseId: SRCROOT }, region: { startLine: site.line, startColumn: site.column } };
  }
  // No recorded site (a stack-wide finding, a resource that is not an OCS component, or a file
  // outside the repository): the project file, so code scanning still shows the result.
  return { artifactLocation: { uri: projectFile(sources), uriBaseId: SRCROOT }, region: { startLine: 1 } };
}

function suppressionOf(d: Draft): Suppression[] | undefined {
  if (d.waiver) {
    // A waiver is a recorded, owned decision: code scanning shows the result it waives as suppressed.
    const { owner, expires, justification } = d.waiver;
    return [{ kind: "external", status: "accepted", justification, properties: { owner, expires } }];
  }
  if (d.kind === "accepted-risk") return [{ kind: "external", status: "accepted", justification: d.finding.message }];
  return undefined;
}

function sarifResult(d: Draft, ruleIndex: number, key: string, events: PreviewEvents, sources: SourceRoots | undefined): Result {
  const f = d.finding;
  const parsed = f.resourceUrn ? parseUrn(f.resourceUrn) : undefined;
  const prefix = f.outcome === "not-verifiable" ? "Not verifiable during preview: " : "";
  const result: Result = {
    ruleId: d.ruleId,
    ruleIndex,
    level: d.level,
    kind: f.outcome === "not-verifiable" ? "review" : "fail",
    message: { text: `${prefix}${f.message}` },
    locations: [
      {
        physicalLocation: physicalLocation(f, events, sources),
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
    partialFingerprints: { [FINGERPRINT]: fingerprint(d.ruleId, f.resourceUrn, key) },
    properties: { outcome: f.outcome, enforcementLevel: f.enforcementLevel, policyPack: f.policyPack },
  };
  if (f.severity) result.properties = { ...result.properties, severity: f.severity };
  if (d.waiver) result.properties = { ...result.properties, reportedBy: f.policyName };
  const suppressions = suppressionOf(d);
  if (suppressions) result.suppressions = suppressions;
  return result;
}

/**
 * Builds a SARIF 2.1.0 log: one rule per policy of the pack; one result per policy event, at the
 * file, line and column where the program constructed the component it names, except that a
 * waived violation is the waived policy's result with the waiver as its suppression.
 */
export function buildSarif(events: PreviewEvents, policies: readonly PolicyEntry[], options: SarifOptions): Log {
  const rules = policies.map(sarifRule);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const byName = new Map(policies.map((p) => [p.name, p]));
  const drafts = events.findings.map((f) => draftOf(f, events, byName));
  for (const d of drafts) {
    if (!index.has(d.ruleId)) {
      index.set(d.ruleId, rules.length);
      rules.push(unknownRule(d.ruleId));
    }
  }
  const seen = new Map<string, number>();
  const results = drafts.map((d) => {
    const group = `${d.ruleId}\u0000${d.finding.resourceUrn ?? ""}\u0000${d.kind}`;
    const n = seen.get(group) ?? 0;
    seen.set(group, n + 1);
    return sarifResult(d, index.get(d.ruleId) ?? 0, `${d.kind}#${n}`, events, options.sources);
  });
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
        results,
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
