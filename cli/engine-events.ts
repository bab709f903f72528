import { z } from "zod";

/**
 * The engine events of `pulumi preview --json` (streaming, PULUMI_ENABLE_STREAMING_JSON_PREVIEW=1)
 * and of `--event-log`: one JSON object per line, shaped like `apitype.EngineEvent` in the Pulumi
 * SDK (sdk/go/common/apitype/events.go): `sequence`, `timestamp` and exactly one event kind.
 *
 * A gate must not pass on what it cannot read, so reading is strict where the verdict depends on
 * it: every line must be an event, every event must be of a kind the engine sends, and the fields
 * the reports read must be there with the right type. Fields this CLI does not read are left alone,
 * so an engine that adds one does not break the gate.
 */

const text = z.string();
const name = z.string().min(1);
const names = z.array(z.string()).nullish();
/** Go encodes an empty map as `null`. */
const stringMap = z.record(z.string(), z.string()).nullish();

const stepEvent = z.object({
  metadata: z.object({
    op: text,
    urn: name,
    type: text,
    // The resource's state after the step; the reports read where a component was constructed
    // from its outputs, and the topology picture its type, parent and props. Not part of the
    // verdict, so a state that cannot be read is no state.
    new: z
      .object({
        type: text.optional(),
        parent: text.nullish(),
        inputs: z.record(z.string(), z.unknown()).nullish(),
        outputs: z.record(z.string(), z.unknown()).nullish(),
      })
      .nullish()
      .catch(null),
  }),
});

const policySummary = {
  policyPackName: name,
  policyPackVersion: text,
  passed: names,
  failed: names,
};

/** Every kind of `apitype.EngineEvent` (pulumi 3.259), with the fields this CLI reads. */
export const eventKinds = {
  cancelEvent: z.object({}),
  stdoutEvent: z.object({ message: text }),
  diagnosticEvent: z.object({
    message: text,
    severity: text,
    prefix: text.optional(),
    urn: text.optional(),
    ephemeral: z.boolean().optional(),
  }),
  preludeEvent: z.object({ config: stringMap }),
  summaryEvent: z.object({
    result: text,
    durationSeconds: z.number().optional(),
    resourceChanges: z.record(z.string(), z.number()).nullish(),
    // The engine spells this one field in PascalCase.
    PolicyPacks: stringMap,
  }),
  resourcePreEvent: stepEvent,
  resOutputsEvent: stepEvent,
  resOpFailedEvent: stepEvent,
  policyEvent: z.object({
    message: text,
    policyName: name,
    policyPackName: name,
    policyPackVersion: text,
    policyPackVersionTag: text.optional(),
    resourceUrn: text.optional(),
    // Required, but of any type: a level that is not one the engine sends counts as mandatory
    // (events.ts normaliseLevel), while a missing one means the event cannot be read.
    enforcementLevel: z.unknown(),
    severity: text.optional(),
  }),
  policyRemediationEvent: z.object({ policyName: name, policyPackName: name, resourceUrn: text.optional() }),
  policyLoadEvent: z.object({}),
  policyAnalyzeSummaryEvent: z.object({ resourceUrn: name, ...policySummary }),
  policyRemediateSummaryEvent: z.object({ resourceUrn: name, ...policySummary }),
  policyAnalyzeStackSummaryEvent: z.object(policySummary),
  startDebuggingEvent: z.object({}),
  progressEvent: z.object({}),
  errorEvent: z.object({ error: text }),
};

export type EventKind = keyof typeof eventKinds;
export type EventPayload<K extends EventKind> = z.infer<(typeof eventKinds)[K]>;

/** One engine event, as a tagged union of its kind and its payload. */
export type EngineEvent = { [K in EventKind]: { kind: K; payload: EventPayload<K>; raw: Record<string, unknown> } }[EventKind];

/** What one line of input is: nothing (blank), an engine event, or the reason it cannot be read. */
export type ReadLine = { type: "blank" } | { type: "event"; event: EngineEvent } | { type: "problem"; problem: string };

const ENVELOPE = new Set(["sequence", "timestamp"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isKind(key: string): key is EventKind {
  return Object.prototype.hasOwnProperty.call(eventKinds, key);
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "a string";
  return `a ${typeof value}`;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isRecord(current) && !Array.isArray(current)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** One clause for the first thing wrong with an event's payload, e.g. "whose policyName is a number, not a string". */
function payloadProblem(kind: EventKind, payload: unknown, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `a ${kind} that cannot be read`;
  const field = issue.path.map(String).join(".");
  const found = valueAt(payload, issue.path);
  if (field === "") return `a ${kind} that is ${describeValue(found)}, not an object`;
  if (found === undefined) return `a ${kind} without ${field}`;
  if (issue.code === "invalid_type") return `a ${kind} whose ${field} is ${describeValue(found)}, not ${article(issue.expected)}`;
  if (issue.code === "too_small" && found === "") return `a ${kind} whose ${field} is empty`;
  return `a ${kind} whose ${field} is not valid (${issue.message})`;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/**
 * Reads one line (`number` counts from 1). Blank lines are allowed; anything else must be one
 * engine event of a known kind whose fields read as the engine writes them.
 */
export function readEventLine(line: string, number: number): ReadLine {
  const trimmed = line.trim();
  if (trimmed === "") return { type: "blank" };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { type: "problem", problem: trimmed.startsWith("{") ? `line ${number} is not valid JSON (it may be cut off)` : `line ${number} is not JSON` };
  }
  if (!isRecord(value)) return { type: "problem", problem: `line ${number} is ${describeValue(value)}, not an engine event object` };
  for (const key of ENVELOPE) {
    if (key in value && typeof value[key] !== "number") {
      return { type: "problem", problem: `line ${number} has a ${key} that is ${describeValue(value[key])}, not a number` };
    }
  }
  const keys = Object.keys(value).filter((k) => !ENVELOPE.has(k));
  const unknown = keys.filter((k) => !isKind(k));
  if (unknown.length > 0) {
    const list = unknown.map((k) => `"${k}"`).join(", ");
    return {
      type: "problem",
      problem: `line ${number} holds ${unknown.length === 1 ? "a field" : "fields"} ${list} that no engine event of pulumi 3.259 has`,
    };
  }
  const kinds = keys.filter(isKind);
  if (kinds.length !== 1) {
    return {
      type: "problem",
      problem:
        kinds.length === 0
          ? `line ${number} holds no event kind`
          : `line ${number} holds ${kinds.length} event kinds (${kinds.join(", ")}) where an engine event has exactly one`,
    };
  }
  const kind = kinds[0] as EventKind;
  const payload = value[kind];
  const parsed = eventKinds[kind].safeParse(payload);
  if (!parsed.success) return { type: "problem", problem: `line ${number} holds ${payloadProblem(kind, payload, parsed.error)}` };
  return { type: "event", event: { kind, payload: parsed.data, raw: value } as EngineEvent };
}
