import type { PolicyEntry } from "./catalog";
import { readEventLine, type EngineEvent, type EventPayload } from "./engine-events";
import { notVerifiableDetail } from "./not-verifiable-note";
import { recordOf, type RecordedComponent } from "./recorded-components";

/**
 * Folding the engine events of a preview (read by `engine-events.ts`) into what the reports and
 * the gate need. Lines that cannot be read are kept as problems, never skipped: the gate refuses
 * to judge a stream it could not read in full (see `verdict.ts`).
 */

/** How a policy event is judged in every report. */
export type Outcome = "violation" | "not-verifiable" | "accepted-risk";

/** The two levels the engine reports violations at. */
export type Level = "mandatory" | "advisory";

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
  result: string;
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
  /** Lines that read as engine events. */
  eventCount: number;
  /** Why lines could not be read, in line order; any entry makes the stream unjudgeable. */
  problems: string[];
  findings: PolicyFinding[];
  /** From `policyAnalyzeSummaryEvent` / `policyAnalyzeStackSummaryEvent`. */
  passes: PolicyPass[];
  /** How many policy packs the engine started loading (one `policyLoadEvent` each). */
  packsLoaded: number;
  /** Packs that finished their analysis: one `policyAnalyzeStackSummaryEvent` each. */
  packsReported: string[];
  /** URNs of the resources the program registered, in order of first appearance. */
  resources: string[];
  /** By URN: where each component was constructed and the waivers it carries, from its outputs. */
  components: Map<string, RecordedComponent>;
  /** By URN, in order of first appearance: each resource's type, parent and latest props (for the topology picture). */
  states?: Map<string, ResourceState>;
  /** Error diagnostics: the preview's own failures (program errors, engine errors). */
  errors: PreviewDiagnostic[];
  summary?: PreviewSummary;
  /** Number of configuration keys the prelude announced. */
  configKeys?: number;
}

/** A resource as its step events last showed it. */
export interface ResourceState {
  type: string;
  /** The parent's URN; absent for the stack itself. */
  parent?: string;
  /** Its outputs once registered, its inputs until then; secrets as the engine hides them. */
  props: Record<string, unknown>;
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

const ACCEPTED_RISK = /^(waived|accepted risk):/i;
const GENERIC_FAILURE = /^(preview|update) failed$/;
export const ACCEPTED_RISK_POLICY = "waiver-report-accepted-risks";

function nonEmpty(value: string | null | undefined): string | undefined {
  return value ? value : undefined;
}

/**
 * The engine reports violations at "mandatory" or "advisory" only (older engines wrote "warning"
 * for advisory). Anything else, a missing level or a number included, is not a level the engine
 * sends, so it is read as mandatory: a gate must not wave through what it cannot place.
 */
export function normaliseLevel(level: unknown): Level {
  return level === "advisory" || level === "warning" ? "advisory" : "mandatory";
}

/**
 * The SDK sends `description + "\n" + message` for string violations; keep the message only, so
 * a report row says what is wrong with this resource rather than what the policy is about.
 */
function detail(message: string, policy: PolicyEntry | undefined): string {
  if (policy && message.startsWith(`${policy.description}\n`)) return message.slice(policy.description.length + 1).trim();
  return message;
}

/** Classifies one `policyEvent`. */
export function classifyPolicyEvent(event: EventPayload<"policyEvent">, policies: ReadonlyMap<string, PolicyEntry>): PolicyFinding {
  const { policyName } = event;
  const policy = policies.get(policyName);
  const clean = stripColors(event.message).trim();
  const enforcementLevel = normaliseLevel(event.enforcementLevel);
  const unknown = notVerifiableDetail({ ...event, message: clean });
  let outcome: Outcome = "violation";
  let message = detail(clean, policy);
  if (unknown !== undefined) {
    outcome = "not-verifiable";
    message = unknown;
  } else if (policyName === ACCEPTED_RISK_POLICY && enforcementLevel === "advisory" && ACCEPTED_RISK.test(message)) {
    outcome = "accepted-risk";
  }
  const version = nonEmpty(event.policyPackVersionTag) ?? nonEmpty(event.policyPackVersion);
  const finding: PolicyFinding = {
    outcome,
    policyName,
    policyPack: version ? `${event.policyPackName}@${version}` : event.policyPackName,
    enforcementLevel,
    message,
  };
  const severity = nonEmpty(event.severity) ?? policy?.severity;
  if (severity) finding.severity = severity;
  const urn = nonEmpty(event.resourceUrn);
  if (urn) finding.resourceUrn = urn;
  return finding;
}

/** An analyzer's claim that a policy found something: a policy event must back it. */
interface FailedClaim {
  pack: string;
  policyName: string;
  /** Absent for stack policies, whose events may name any resource. */
  resourceUrn?: string;
}

function resourceLabel(urn: string | undefined): string {
  if (!urn) return "the stack";
  const parsed = parseUrn(urn);
  return parsed ? `${parsed.type} "${parsed.name}"` : urn;
}

/** Folds engine events into what the reports need; `addLine` may be called as lines arrive. */
export class EventCollector {
  private readonly result: PreviewEvents = {
    eventCount: 0,
    problems: [],
    findings: [],
    passes: [],
    packsLoaded: 0,
    packsReported: [],
    resources: [],
    components: new Map(),
    errors: [],
  };
  private readonly seen = new Set<string>();
  private readonly claims: FailedClaim[] = [];
  /** `pack\0policy\0urn` of every policy event, to check the analyzers' claims against. */
  private readonly reported = new Set<string>();
  private genericFailure = false;
  private lines = 0;
  private lastAdded: PolicyFinding | undefined;

  constructor(private readonly policies: ReadonlyMap<string, PolicyEntry>) {}

  /** Adds one line of output; returns the event it holds, or undefined for a blank or unreadable line. */
  addLine(line: string): EngineEvent | undefined {
    this.lines++;
    this.lastAdded = undefined;
    const read = readEventLine(line, this.lines);
    if (read.type === "problem") this.result.problems.push(read.problem);
    if (read.type !== "event") return undefined;
    this.addEvent(read.event);
    return read.event;
  }

  /** The finding the last added line produced, if it was a policy event. */
  get lastFinding(): PolicyFinding | undefined {
    return this.lastAdded;
  }

  private addEvent(event: EngineEvent): void {
    const r = this.result;
    r.eventCount++;
    switch (event.kind) {
      case "policyEvent": {
        const finding = classifyPolicyEvent(event.payload, this.policies);
        r.findings.push(finding);
        this.lastAdded = finding;
        const { policyPackName, policyName, resourceUrn } = event.payload;
        this.reported.add(`${policyPackName}\0${policyName}\0`);
        this.reported.add(`${policyPackName}\0${policyName}\0${resourceUrn ?? ""}`);
        break;
      }
      case "resourcePreEvent":
      case "resOutputsEvent": {
        const { urn } = event.payload.metadata;
        if (!this.seen.has(urn)) {
          this.seen.add(urn);
          r.resources.push(urn);
        }
        // A component's outputs arrive with resOutputsEvent, after its resourcePreEvent.
        const record = recordOf(event.payload.metadata.new?.outputs);
        if (record) r.components.set(urn, record);
        this.recordState(urn, event.payload.metadata);
        break;
      }
      case "policyLoadEvent":
        r.packsLoaded++;
        break;
      case "policyAnalyzeSummaryEvent":
      case "policyAnalyzeStackSummaryEvent": {
        const summary = event.payload;
        const urn = "resourceUrn" in summary ? summary.resourceUrn : undefined;
        for (const policyName of summary.passed ?? []) r.passes.push(urn ? { policyName, resourceUrn: urn } : { policyName });
        for (const policyName of summary.failed ?? []) {
          this.claims.push(urn ? { pack: summary.policyPackName, policyName, resourceUrn: urn } : { pack: summary.policyPackName, policyName });
        }
        if (event.kind === "policyAnalyzeStackSummaryEvent") r.packsReported.push(summary.policyPackName);
        break;
      }
      case "diagnosticEvent": {
        const d = event.payload;
        if (d.severity !== "error" || d.ephemeral === true) break;
        const body = stripColors(d.message).trim();
        const message = stripColors(`${d.prefix ?? ""}${body}`).trim();
        // The engine closes every failed preview with a bare "preview failed"; the reason is told elsewhere.
        if (GENERIC_FAILURE.test(body)) this.genericFailure = true;
        else if (message) r.errors.push(d.urn ? { severity: "error", message, urn: d.urn } : { severity: "error", message });
        break;
      }
      case "errorEvent":
        // The engine's own internal error: the preview cannot be trusted to have run its policies.
        r.errors.push({ severity: "error", message: `error: the engine reported an internal error: ${event.payload.error}` });
        break;
      case "summaryEvent": {
        const s = event.payload;
        const summary: PreviewSummary = { result: s.result, resourceChanges: s.resourceChanges ?? {}, policyPacks: s.PolicyPacks ?? {} };
        if (s.durationSeconds !== undefined) summary.durationSeconds = s.durationSeconds;
        r.summary = summary;
        break;
      }
      case "preludeEvent":
        r.configKeys = Object.keys(event.payload.config ?? {}).length;
        break;
      default:
        break;
    }
  }

  /**
   * Keeps the latest props of a resource: a component's registered outputs (what the stack
   * policies judge) once they arrive, its inputs (the same args) until then.
   */
  private recordState(urn: string, metadata: EventPayload<"resourcePreEvent">["metadata"]): void {
    const states = (this.result.states ??= new Map());
    const state = metadata.new;
    const known = states.get(urn);
    const outputs = state?.outputs ?? {};
    const props = Object.keys(outputs).length > 0 ? outputs : (known?.props ?? state?.inputs ?? {});
    const parent = state?.parent || known?.parent;
    states.set(urn, { type: state?.type || metadata.type, ...(parent ? { parent } : {}), props });
  }

  /** Analyzer claims of a failed policy that no policy event backs: a stream with events missing. */
  private unbackedClaims(): string[] {
    return this.claims
      .filter((c) => !this.reported.has(`${c.pack}\0${c.policyName}\0${c.resourceUrn ?? ""}`))
      .map(
        (c) =>
          `policy pack "${c.pack}" says policy "${c.policyName}" found something on ${resourceLabel(c.resourceUrn)}, but no policy event for it is in the stream`,
      );
  }

  /**
   * The events so far, with the preview's failure made explicit: a preview that failed (result
   * "failed" or a bare "preview failed") with no mandatory violation and no error of its own to
   * explain it gets one error saying so, so a preview whose policies never ran can never pass.
   */
  get events(): PreviewEvents {
    return explainFailure(this.raw, this.failedInEvents);
  }

  /** The events as they came, without the explanation `events` adds. */
  get raw(): PreviewEvents {
    return { ...this.result, problems: [...this.result.problems, ...this.unbackedClaims()] };
  }

  /** Whether the events themselves say the preview failed. */
  get failedInEvents(): boolean {
    return this.genericFailure || this.result.summary?.result === "failed";
  }
}

/** Adds an error to `events` when the preview failed and nothing in it says why. */
export function explainFailure(events: PreviewEvents, failed: boolean, reasons: readonly string[] = []): PreviewEvents {
  const explained =
    events.errors.length > 0 || events.findings.some((f) => f.outcome === "violation" && f.enforcementLevel === "mandatory");
  if (explained || !failed) return events;
  const message = reasons.length > 0 ? reasons.join(" ") : "error: the preview failed without saying why in its events; see pulumi's own output.";
  return { ...events, errors: [{ severity: "error", message }] };
}

export function policyIndex(policies: readonly PolicyEntry[]): Map<string, PolicyEntry> {
  return new Map(policies.map((p) => [p.name, p]));
}

/** Parses a whole events file (JSON lines). */
export function parseEvents(content: string, policies: readonly PolicyEntry[]): PreviewEvents {
  const collector = new EventCollector(policyIndex(policies));
  const lines = content.split(/\r?\n/);
  // A file ends with a newline: the empty string after it is not a line.
  if (lines[lines.length - 1] === "") lines.pop();
  for (const line of lines) collector.addLine(line);
  return collector.events;
}

/** Resources that are OCS components or other user resources, not the stack root or providers. */
export function isProgramResource(urn: string): boolean {
  const parsed = parseUrn(urn);
  if (!parsed) return false;
  return parsed.type !== "pulumi:pulumi:Stack" && !parsed.type.startsWith("pulumi:providers:");
}
