import type { PolicyEntry } from "./catalog";

/**
 * Reading the engine events of `pulumi preview --json` with PULUMI_ENABLE_STREAMING_JSON_PREVIEW=1:
 * one JSON object per line, shaped like `apitype.EngineEvent` in the Pulumi SDK (exactly one of
 * `policyEvent`, `diagnosticEvent`, `resourcePreEvent`, ... is set). Everything here is lenient:
 * unknown fields and event kinds are ignored and lines that are not JSON objects are counted and
 * skipped, because a CLI version bump must not turn a report into a crash.
 */

/** How a policy event is judged in every report. */
export type Outcome = "violation" | "not-verifiable" | "accepted-risk";

/** The engine's enforcement levels, with the legacy spellings ("warning", "none") normalised. */
export type Level = "mandatory" | "advisory" | "remediate" | "disabled";

export interface PolicyFinding {
  outcome: Outcome;
  policyName: string;
  /** `name@version` of the pack that reported it. */
  policyPack: string;
  enforcementLevel: Level;
  severity?: string;
  /** Absent for stack-level events that name no resource. */
  resourceUrn?: string;
  /** The policy's own sentence, without the colour directives and the description line the SDK adds. */
  message: string;
}

export interface PreviewDiagnostic {
  severity: string;
  message: string;
  urn?: string;
}

export interface PreviewSummary {
  result?: string;
  durationSeconds?: number;
  resourceChanges: Record<string, number>;
  policyPacks: Record<string, string>;
}

/** A policy that judged a resource (or the stack, without URN) and found nothing, from the analyzer's summary events. */
export interface PolicyPass {
  policyName: string;
  resourceUrn?: string;
}

export interface PreviewEvents {
  /** Lines that parsed as engine events. */
  eventCount: number;
  /** Lines skipped because they were not JSON engine events (CLI noise, blank lines). */
  skippedLines: number;
  findings: PolicyFinding[];
  /** From `policyAnalyzeSummaryEvent` / `policyAnalyzeStackSummaryEvent`, when the CLI sends them. */
  passes: PolicyPass[];
  /** URNs of the resources the program registered, in order of first appearance. */
  resources: string[];
  /** Error diagnostics: the preview's own failures (program errors, engine errors). */
  errors: PreviewDiagnostic[];
  summary?: PreviewSummary;
  /** Number of configuration keys the prelude announced. */
  configKeys?: number;
}

export interface ParsedUrn {
  stack: string;
  project: string;
  /** The resource's own type token (the last segment of `parent$child` qualified types). */
  type: string;
  name: string;
}

/** Splits `urn:pulumi:<stack>::<project>::<qualified type>::<name>`; the name may itself contain `::`. */
export function parseUrn(urn: string): ParsedUrn | undefined {
  const prefix = "urn:pulumi:";
  if (!urn.startsWith(prefix)) return undefined;
  const parts = urn.slice(prefix.length).split("::");
  if (parts.length < 4) return undefined;
  const [stack, project, qualifiedType, ...name] = parts as [string, string, string, ...string[]];
  const types = qualifiedType.split("$");
  return { stack, project, type: types[types.length - 1] ?? qualifiedType, name: name.join("::") };
}

/** Removes the engine's colour directives, e.g. `<{%reset%}>` or `<{%fg 1%}>`. */
export function stripColors(text: string): string {
  return text.replace(/<\{%[^%]*%\}>/g, "");
}

const NOT_VERIFIABLE = /can't run policy .* during preview: ([\s\S]*)$/;
const ACCEPTED_RISK = /^(waived|accepted risk):/i;
const GENERIC_FAILURE = /^(preview|update) failed$/;
export const ACCEPTED_RISK_POLICY = "waiver-report-accepted-risks";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function normaliseLevel(level: unknown): Level {
  switch (level) {
    case "mandatory":
      return "mandatory";
    case "remediate":
      return "remediate";
    case "disabled":
    case "none":
      return "disabled";
    default:
      // "advisory", the SDK comment's "warning", and anything newer: reported, never blocking.
      return "advisory";
  }
}

/**
 * The SDK sends `description + "\n" + message` for string violations; keep the message only, so
 * a report row says what is wrong with this resource rather than what the policy is about.
 */
function detail(message: string, policy: PolicyEntry | undefined): string {
  const clean = stripColors(message).trim();
  if (policy && clean.startsWith(`${policy.description}\n`)) return clean.slice(policy.description.length + 1).trim();
  return clean;
}

/** Classifies one `policyEvent` payload; undefined when it is not a policy event at all. */
export function classifyPolicyEvent(
  event: Record<string, unknown>,
  policies: ReadonlyMap<string, PolicyEntry>,
): PolicyFinding | undefined {
  const policyName = text(event.policyName);
  const raw = typeof event.message === "string" ? event.message : undefined;
  if (!policyName || raw === undefined) return undefined;
  const policy = policies.get(policyName);
  let message = detail(raw, policy);
  let outcome: Outcome = "violation";
  const unknown = NOT_VERIFIABLE.exec(message);
  if (unknown) {
    outcome = "not-verifiable";
    message = (unknown[1] ?? message).trim();
  } else if (policyName === ACCEPTED_RISK_POLICY && ACCEPTED_RISK.test(message)) {
    outcome = "accepted-risk";
  }
  const pack = text(event.policyPackName) ?? "unknown-pack";
  const version = text(event.policyPackVersionTag) ?? text(event.policyPackVersion);
  const finding: PolicyFinding = {
    outcome,
    policyName,
    policyPack: version ? `${pack}@${version}` : pack,
    enforcementLevel: normaliseLevel(event.enforcementLevel),
    message,
  };
  const severity = text(event.severity) ?? policy?.severity;
  if (severity) finding.severity = severity;
  const urn = text(event.resourceUrn);
  if (urn) finding.resourceUrn = urn;
  return finding;
}

function numbers(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (isRecord(value)) for (const [k, v] of Object.entries(value)) if (typeof v === "number") out[k] = v;
  return out;
}

function strings(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(value)) for (const [k, v] of Object.entries(value)) if (typeof v === "string") out[k] = v;
  return out;
}

/** Parses one line; undefined for noise (not JSON, or JSON that is not an engine event object). */
export function parseEventLine(line: string): Record<string, unknown> | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith("{")) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  const looksLikeEvent = typeof value.sequence === "number" || Object.keys(value).some((k) => k.endsWith("Event"));
  return looksLikeEvent ? value : undefined;
}

/** Folds engine events into what the reports need; `add` may be called as lines arrive. */
export class EventCollector {
  private readonly result: PreviewEvents = {
    eventCount: 0,
    skippedLines: 0,
    findings: [],
    passes: [],
    resources: [],
    errors: [],
  };
  private readonly seen = new Set<string>();
  private genericFailure = false;

  constructor(private readonly policies: ReadonlyMap<string, PolicyEntry>) {}

  /** Adds one line of output; returns the parsed event, or undefined for a skipped line. */
  addLine(line: string): Record<string, unknown> | undefined {
    if (line.trim() === "") return undefined;
    const event = parseEventLine(line);
    if (!event) {
      this.result.skippedLines++;
      return undefined;
    }
    this.addEvent(event);
    return event;
  }

  addEvent(event: Record<string, unknown>): void {
    const r = this.result;
    r.eventCount++;
    const { policyEvent, diagnosticEvent, summaryEvent, preludeEvent } = event;
    if (isRecord(policyEvent)) {
      const finding = classifyPolicyEvent(policyEvent, this.policies);
      if (finding) r.findings.push(finding);
    }
    for (const key of ["resourcePreEvent", "resOutputsEvent"]) {
      const step = event[key];
      const urn = isRecord(step) && isRecord(step.metadata) ? text(step.metadata.urn) : undefined;
      if (urn && !this.seen.has(urn)) {
        this.seen.add(urn);
        r.resources.push(urn);
      }
    }
    for (const key of ["policyAnalyzeSummaryEvent", "policyAnalyzeStackSummaryEvent"]) {
      const summary = event[key];
      if (!isRecord(summary) || !Array.isArray(summary.passed)) continue;
      const urn = text(summary.resourceUrn);
      for (const policyName of summary.passed) {
        if (typeof policyName === "string") r.passes.push(urn ? { policyName, resourceUrn: urn } : { policyName });
      }
    }
    if (isRecord(diagnosticEvent) && diagnosticEvent.severity === "error" && diagnosticEvent.ephemeral !== true) {
      const body = stripColors(text(diagnosticEvent.message) ?? "").trim();
      const message = stripColors(`${text(diagnosticEvent.prefix) ?? ""}${body}`).trim();
      const urn = text(diagnosticEvent.urn);
      // The engine closes every failed preview with a bare "preview failed"; the reason is told elsewhere.
      if (GENERIC_FAILURE.test(body)) this.genericFailure = true;
      else if (message) r.errors.push(urn ? { severity: "error", message, urn } : { severity: "error", message });
    }
    if (isRecord(summaryEvent)) {
      const summary: PreviewSummary = {
        resourceChanges: numbers(summaryEvent.resourceChanges),
        policyPacks: strings(summaryEvent.PolicyPacks ?? summaryEvent.policyPacks),
      };
      const result = text(summaryEvent.result);
      if (result) summary.result = result;
      if (typeof summaryEvent.durationSeconds === "number") summary.durationSeconds = summaryEvent.durationSeconds;
      r.summary = summary;
    }
    if (isRecord(preludeEvent) && isRecord(preludeEvent.config)) {
      r.configKeys = Object.keys(preludeEvent.config).length;
    }
  }

  /**
   * The events so far, with the preview's failure made explicit: a preview that failed (result
   * "failed" or a bare "preview failed") with no mandatory violation and no error of its own to
   * explain it, or whose events stop before the closing summary, gets one error saying so, so a
   * preview whose policies never ran can never pass the gate.
   */
  get events(): PreviewEvents {
    return explainFailure(this.result, this.failedInEvents);
  }

  /** The events as they came, without the explanation `events` adds. */
  get raw(): PreviewEvents {
    return this.result;
  }

  /** Whether the events themselves say the preview failed. */
  get failedInEvents(): boolean {
    return this.genericFailure || this.result.summary?.result === "failed";
  }
}

/** Adds an error to `events` when the preview failed or stopped early and nothing in it says why. */
export function explainFailure(events: PreviewEvents, failed: boolean, reasons: readonly string[] = []): PreviewEvents {
  const explained =
    events.errors.length > 0 || events.findings.some((f) => f.outcome === "violation" && f.enforcementLevel === "mandatory");
  if (explained) return events;
  let message: string | undefined;
  if (reasons.length > 0) message = reasons.join(" ");
  else if (failed) message = "error: the preview failed without saying why in its events; see pulumi's own output.";
  else if (events.eventCount > 0 && !events.summary) {
    message = "error: the events stop before the preview's summary, so the preview did not finish; see pulumi's own output.";
  }
  return message ? { ...events, errors: [{ severity: "error", message }] } : events;
}

export function policyIndex(policies: readonly PolicyEntry[]): Map<string, PolicyEntry> {
  return new Map(policies.map((p) => [p.name, p]));
}

/** Parses a whole events file (JSON lines, possibly with noise). */
export function parseEvents(content: string, policies: readonly PolicyEntry[]): PreviewEvents {
  const collector = new EventCollector(policyIndex(policies));
  for (const line of content.split(/\r?\n/)) collector.addLine(line);
  return collector.events;
}

/** Resources that are OCS components or other user resources, not the stack root or providers. */
export function isProgramResource(urn: string): boolean {
  const parsed = parseUrn(urn);
  if (!parsed) return false;
  return parsed.type !== "pulumi:pulumi:Stack" && !parsed.type.startsWith("pulumi:providers:");
}

export type FailOn = "mandatory" | "advisory" | "never";

export interface Counts {
  mandatory: number;
  advisory: number;
  acceptedRisks: number;
  notVerifiable: number;
  resources: number;
  previewErrors: number;
}

export function countFindings(events: PreviewEvents): Counts {
  const violations = events.findings.filter((f) => f.outcome === "violation");
  return {
    mandatory: violations.filter((f) => f.enforcementLevel === "mandatory").length,
    advisory: violations.filter((f) => f.enforcementLevel !== "mandatory").length,
    acceptedRisks: events.findings.filter((f) => f.outcome === "accepted-risk").length,
    notVerifiable: events.findings.filter((f) => f.outcome === "not-verifiable").length,
    resources: events.resources.filter(isProgramResource).length,
    previewErrors: events.errors.length,
  };
}

/**
 * 1 when the gate fails: a mandatory violation (or any violation with `advisory`), or a preview
 * that failed on its own with no violation to explain it (its policies may not have run at all).
 */
export function exitCodeFor(events: PreviewEvents, failOn: FailOn): 0 | 1 {
  if (failOn === "never") return 0;
  const counts = countFindings(events);
  if (counts.mandatory > 0) return 1;
  if (failOn === "advisory" && counts.advisory > 0) return 1;
  return counts.previewErrors > 0 ? 1 : 0;
}
