import { catalog, type Kind, type ModelOf } from "../../components/model/catalog";
import { describeIssues } from "../../components/model/describe-issues";
import { withoutConstructionSite } from "../../components/construction-site";
import { parseKnown, withoutUnknowns } from "./parse-known";
import { getSpecialProxyTarget, unknownSentinels } from "./sdk-internals";
import { unknownAware } from "./unknown-aware";

export function isUnknownSentinel(value: unknown): boolean {
  // Stryker disable next-line ConditionalExpression: the set holds only strings, so has() answers false for any other value
  return typeof value === "string" && unknownSentinels.has(value);
}

/** The plain object behind the SDK's unknown-checking proxy (or the value itself). */
export function unwrapProxy(props: unknown): unknown {
  if (props === null || typeof props !== "object") return props;
  const target = (props as Record<string, unknown>)[getSpecialProxyTarget];
  return target ?? props;
}

export type Decoded<K extends Kind> =
  | {
      ok: true;
      /** The model; reading a value unknown during preview throws the SDK's UnknownValueError. */
      model: ModelOf<K>;
      /** Paths of the values unknown during preview. */
      unknownPaths: string[];
    }
  | { ok: false; problems: string[] };

/**
 * Reads a component's props as the policy engine delivers them and checks them against the same
 * zod schema the component was built with. Everything known is parsed as the component parses it
 * (trimmed, FQDNs in their one spelling), so a rule judges the same model during preview as at
 * `pulumi up`. Unknown values (during preview) are left for later: a rule that reads one is told
 * so. Props that break the schema (missing fields, wrong types, an older model) give problems to
 * report, never an exception.
 */
export function decodeModel<K extends Kind>(kind: K, subject: string, props: unknown): Decoded<K> {
  const target = unwrapProxy(props);
  if (target === null || typeof target !== "object") return decodeFresh(kind, subject, target);
  // Every policy that judges a resource decodes the same props the engine sent: decode them once.
  const byKey = decodedModels.get(target) ?? new Map<string, Decoded<Kind>>();
  decodedModels.set(target, byKey);
  const key = `${kind}\u0000${subject}`;
  const known = byKey.get(key);
  if (known) return known as Decoded<K>;
  const decoded = decodeFresh(kind, subject, target);
  byKey.set(key, decoded);
  return decoded;
}

/** Decoded models by the props object they were read from (what the engine sent, never mutated). */
const decodedModels = new WeakMap<object, Map<string, Decoded<Kind>>>();

function decodeFresh<K extends Kind>(kind: K, subject: string, target: unknown): Decoded<K> {
  const raw = withoutConstructionSite(target);
  const parsed = parseKnown(catalog[kind].schema, raw, isUnknownSentinel);
  if (parsed.issues.length > 0) {
    return { ok: false, problems: describeIssues(subject, parsed.issues, withoutUnknowns(raw, isUnknownSentinel)) };
  }
  const unknownPaths = parsed.unknownPaths.map((p) => p.map(String).join("."));
  if (unknownPaths.length === 0) return { ok: true, model: parsed.value as ModelOf<K>, unknownPaths };
  // Even an optional field that is unknown must not read as absent: the rule that reads it is told.
  return { ok: true, model: unknownAware(parsed.value, subject, isUnknownSentinel) as ModelOf<K>, unknownPaths };
}
