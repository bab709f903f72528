/**
 * Judges one fuzz input for one policy, through @pulumi/policy's own RPC handlers.
 *
 * - crash: the handler errors or throws, or the SDK turns an escaped unknown-value error into its
 *   own "can't run" note without the pack's not-verifiable marker (the policy's run was cut short,
 *   so whatever else it would have reported is lost).
 * - silent pass, malformed: a member the policy judges has props its kind's schema rejects (no
 *   unknowns in it), yet the policy reports no malformed-model violation on it.
 * - silent pass, unknown: a member the policy judges carries an unknown, the policy reports no
 *   violation and no not-verifiable note, and a well-formed completion of the unknowns (each
 *   replaced by the value it hid or a same-typed value of the valid models) yields a violation:
 *   the unknown made the rule pass. If no completion yields one, the policy is independent of
 *   those values (as far as the completions tried show) and its silence is right.
 * - silent pass, secret: wrapping values as secrets changes what the policy reports (a value
 *   marked secret is still judged like any other).
 * - secret shown: a string marked secret (six characters or more, appearing nowhere unmarked in
 *   the input, its names or the policy's own texts) appears in a message.
 */
import { performance } from "node:perf_hooks";
import { catalog } from "../../components/model/catalog";
import type { OcsPolicy } from "../../policies/framework/define";
import { NOT_VERIFIABLE_MARKER } from "../../policies/framework/not-verifiable";
import { type Diagnostic, type EngineResource, runPolicy, UNKNOWN, urnOf } from "../harness/engine";
import { corpus, type FuzzInput, isSecretWrapper, type Json, pathKey, sameTypeFromCorpus } from "./generators";

export type DefectKind = "crash" | "silent pass" | "secret shown";

export interface Defect {
  kind: DefectKind;
  /** One sentence: what happened, on which member. */
  detail: string;
}

export interface Judgement {
  defects: Defect[];
  /** Duration of the slowest engine call made for this input, in ms. */
  slowestMs: number;
}

interface Outcome {
  crash?: string;
  violations: Diagnostic[];
  notes: Diagnostic[];
}

const SDK_NOTE = /^can't run policy '[^']+' from policy pack '[^']+' during preview: /;

async function run(policy: OcsPolicy, resources: EngineResource[], timing: { slowestMs: number }): Promise<Outcome> {
  const start = performance.now();
  let diagnostics: Diagnostic[];
  try {
    diagnostics = await runPolicy(policy, resources);
  } catch (error) {
    return { crash: `the handler failed: ${firstLine(error)}`, violations: [], notes: [] };
  } finally {
    timing.slowestMs = Math.max(timing.slowestMs, performance.now() - start);
  }
  const own = diagnostics.filter((d) => d.policyName === policy.info.name);
  const notes = own.filter((d) => SDK_NOTE.test(d.message));
  const stray = notes.find((d) => !d.message.replace(SDK_NOTE, "").startsWith(NOT_VERIFIABLE_MARKER));
  if (stray) return { crash: `the run was cut short by an unhandled unknown: ${stray.message}`, violations: [], notes: [] };
  return { violations: own.filter((d) => !SDK_NOTE.test(d.message)), notes };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s*\n\s*/g, " ").slice(0, 600);
}

/**
 * The props as the policy sees them: secret wrappers removed, and no `__proto__` key (the SDK's
 * deserialiser builds objects by assignment, so that key sets the prototype and is no property).
 */
export function unwrapSecrets(value: unknown): Json {
  if (isSecretWrapper(value)) return unwrapSecrets(value.value);
  if (Array.isArray(value)) return value.map(unwrapSecrets);
  if (value !== null && typeof value === "object") {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) {
      if (k !== "__proto__") out[k] = unwrapSecrets(v);
    }
    return out;
  }
  return value as Json;
}

type Path = (string | number)[];

function unknownPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (value === UNKNOWN) out.push(path);
  else if (Array.isArray(value)) value.forEach((item, i) => unknownPaths(item, [...path, i], out));
  else if (value !== null && typeof value === "object") {
    for (const [k, item] of Object.entries(value)) unknownPaths(item, [...path, k], out);
  }
  return out;
}

function secretStrings(value: unknown, inSecret = false, out: Set<string> = new Set()): Set<string> {
  if (isSecretWrapper(value)) return secretStrings(value.value, true, out);
  if (typeof value === "string" && inSecret) out.add(value);
  else if (Array.isArray(value)) value.forEach((item) => secretStrings(item, inSecret, out));
  else if (value !== null && typeof value === "object") Object.values(value).forEach((item) => secretStrings(item, inSecret, out));
  return out;
}

function plainStrings(value: unknown, out: string[] = []): string[] {
  if (isSecretWrapper(value)) return out;
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => plainStrings(item, out));
  else if (value !== null && typeof value === "object") {
    for (const [k, item] of Object.entries(value)) {
      out.push(k);
      plainStrings(item, out);
    }
  }
  return out;
}

function withProps(resources: EngineResource[], change: (r: EngineResource) => Json): EngineResource[] {
  return resources.map((r) => ({ ...r, props: change(r) as Record<string, unknown> }));
}

function isMalformedViolation(d: Diagnostic, urn: string): boolean {
  return d.urn === urn && d.message.includes("because its model is malformed");
}

/** Replaces each unknown by a value: completion 0 restores what each hid, the others try same-typed values of the valid models. */
function completion(input: FuzzInput, plain: EngineResource[], round: number): EngineResource[] {
  return withProps(plain, (r) => {
    const props = unwrapSecrets(r.props);
    for (const path of unknownPaths(props)) {
      const hidden = input.replaced.get(pathKey(r.name, path)) ?? (corpus.strings[0] as string);
      const value = round === 0 ? hidden : sameTypeFromCorpus(hidden, round * 7919 + path.length * 104729);
      if (path.length === 0) return value;
      let parent = props as Record<string | number, Json>;
      for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
      parent[path[path.length - 1] as string | number] = value;
    }
    return props;
  });
}

const COMPLETIONS = 4;

/** Runs the policy on the input (and, where the oracle needs them, on its completions and its unmarked twin). */
export async function judge(policy: OcsPolicy, input: FuzzInput): Promise<Judgement> {
  const timing = { slowestMs: 0 };
  const defects: Defect[] = [];
  const outcome = await run(policy, input.resources, timing);
  if (outcome.crash !== undefined) return { defects: [{ kind: "crash", detail: outcome.crash }], slowestMs: timing.slowestMs };

  const judged = input.resources.filter((r) => (policy.info.appliesTo as string[]).includes(r.kind));
  const label = (r: EngineResource) => `${catalog[r.kind].label} "${r.name}"`;
  let unknownsJudged = false;
  for (const r of judged) {
    const view = unwrapSecrets(r.props);
    if (unknownPaths(view).length > 0) {
      unknownsJudged = true;
      continue;
    }
    const urn = urnOf(r.kind, r.name);
    if (!catalog[r.kind].schema.safeParse(view).success && !outcome.violations.some((d) => isMalformedViolation(d, urn))) {
      defects.push({ kind: "silent pass", detail: `${label(r)} has a malformed model, yet no malformed-model violation was reported.` });
    }
  }

  if (unknownsJudged && outcome.violations.length === 0 && outcome.notes.length === 0) {
    const plain = withProps(input.resources, (r) => unwrapSecrets(r.props));
    for (let round = 0; round < COMPLETIONS; round++) {
      const completed = await run(policy, completion(input, plain, round), timing);
      if (completed.crash !== undefined || completed.notes.length > 0) continue;
      if (completed.violations.some((d) => d.message.includes("because its model is malformed"))) continue;
      const found = completed.violations[0];
      if (found) {
        defects.push({
          kind: "silent pass",
          detail: `an unknown value made the rule pass: nothing was reported, but completion ${round} of the unknowns is a violation: ${found.message}`,
        });
        break;
      }
    }
  }

  const secrets = [...new Set(input.resources.flatMap((r) => [...secretStrings(r.props)]))];
  if (input.resources.some((r) => hasSecret(r.props))) {
    const plain = await run(policy, withProps(input.resources, (r) => unwrapSecrets(r.props)), timing);
    const shape = (o: Outcome) => JSON.stringify([o.crash !== undefined, ...[o.violations, o.notes].map((ds) => ds.map((d) => d.urn).sort())]);
    if (shape(plain) !== shape(outcome)) {
      defects.push({
        kind: "silent pass",
        detail: `marking values secret changed the verdict: ${outcome.violations.length} violation(s) and ${outcome.notes.length} note(s) instead of ${plain.violations.length} and ${plain.notes.length}.`,
      });
    }
    // Names, labels and the policy's own texts are no secret, nor is the placeholder for one.
    const unmarked = [
      ...input.resources.flatMap((r) => [r.name, catalog[r.kind].label, ...plainStrings(r.props)]),
      policy.info.name, // the SDK names the policy in its "can't run policy '...'" notes
      policy.info.description,
      policy.info.seed.text,
      "[secret]",
    ];
    const shown = secrets.find(
      (s) => s.length >= 6 && s !== UNKNOWN && !unmarked.some((u) => u.includes(s)) && [...outcome.violations, ...outcome.notes].some((d) => d.message.includes(s)),
    );
    if (shown !== undefined) {
      defects.push({ kind: "secret shown", detail: `a value marked secret (${shown.length} characters) appears in a message.` });
    }
  }
  return { defects, slowestMs: timing.slowestMs };
}

function hasSecret(value: unknown): boolean {
  if (isSecretWrapper(value)) return true;
  if (Array.isArray(value)) return value.some(hasSecret);
  if (value !== null && typeof value === "object") return Object.values(value).some(hasSecret);
  return false;
}
