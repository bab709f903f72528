/**
 * The inputs the fuzzer sends through the engine path, shared by `npm run fuzz` and the standing
 * jest run. An input is a plan (which seed topology, which member, which mutations) applied to a
 * valid model, so fast-check shrinks a failing input to the fewest, smallest mutations.
 */
import fc from "fast-check";
import { specialSecretSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";
import type { Kind } from "../../components/model/catalog";
import type { OcsPolicy } from "../../policies/framework/define";
import { compliant } from "../fixtures/one-of-each-kind";
import { compliantResources } from "../fixtures/reference-topology";
import { type EngineResource, UNKNOWN } from "../harness/engine";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A mutation of one node of a member's props; `at` picks the node among those that exist then. */
export type Mutation =
  | { op: "delete"; at: number }
  | { op: "replace"; at: number; value: Json }
  | { op: "extraKey"; at: number; key: string; value: Json }
  | { op: "nest"; at: number; depth: number; inArrays: boolean }
  | { op: "unknown"; at: number }
  | { op: "secret"; at: number }
  | { op: "huge"; at: number; value: Json }
  | { op: "corpus"; at: number; pick: number }
  | { op: "randomProps"; value: { [key: string]: Json } };

export interface Plan {
  seed: "compact" | "reference";
  /** Picks the member a resource policy judges (among those of its kinds in the seed). */
  member: number;
  /** Each mutation names the member it changes (stack policies: any member of the seed). */
  mutations: { member: number; mutation: Mutation }[];
}

/** What the fuzzer sends, and what it needs to complete the unknowns it placed. */
export interface FuzzInput {
  resources: EngineResource[];
  /** The value an unknown replaced, by `<member name>:<path>`. */
  replaced: Map<string, Json>;
}

/** The secret wrapper the engine sends for a value marked secret (`@pulumi/pulumi/runtime/rpc`). */
export function secretOf(value: Json): Json {
  return { [specialSigKey]: specialSecretSig, value };
}

export function isSecretWrapper(value: unknown): value is { value: Json } {
  return typeof value === "object" && value !== null && (value as Record<string, unknown>)[specialSigKey] === specialSecretSig;
}

const seeds: Record<Plan["seed"], () => EngineResource[]> = {
  compact: compliant,
  reference: () => compliantResources(),
};

/** Scalars of the valid models, by type: replacing a value by one of these keeps the model well typed more often than not. */
export interface Corpus {
  strings: string[];
  numbers: number[];
}

function collectCorpus(): Corpus {
  const strings = new Set<string>();
  const numbers = new Set<number>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") strings.add(value);
    else if (typeof value === "number") numbers.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(visit);
  };
  for (const seed of Object.values(seeds)) for (const r of seed()) visit(r.props);
  return { strings: [...strings].sort(), numbers: [...numbers].sort((a, b) => a - b) };
}

export const corpus: Corpus = collectCorpus();

/** The seeds whose members include a kind the policy judges (a policy that judges no kind: every seed). */
export function seedsFor(policy: OcsPolicy): Plan["seed"][] {
  const kinds = new Set<Kind>(policy.info.appliesTo);
  const all = Object.keys(seeds) as Plan["seed"][];
  return kinds.size === 0 ? all : all.filter((s) => seeds[s]().some((r) => kinds.has(r.kind)));
}

// ---------------------------------------------------------------- arbitraries

const key = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "then", "length", "0", "waivers"),
);

/** Any JSON value, nulls included, nested a few levels. */
const junk: fc.Arbitrary<Json> = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;

const edgeNumbers = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  -1,
  0.5,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 53,
  65535,
  65536,
  4294967296,
];

const huge: fc.Arbitrary<Json> = fc.oneof(
  fc.tuple(fc.constantFrom("a", "é", "\u0000", " ", ".", "0", "\u{1F600}"), fc.integer({ min: 1_000, max: 20_000 })).map(([c, n]) => c.repeat(n)),
  fc.tuple(fc.constantFrom<Json>(0, "10.0.0.1", "x", null, {}, []), fc.integer({ min: 200, max: 2_000 })).map(([v, n]) => Array.from({ length: n }, () => structuredCloneJson(v))),
  fc.constantFrom(...edgeNumbers),
  fc.double(),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((n) => Number(n)),
);

const at = fc.nat({ max: 10_000 });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant("corpus" as const), at, pick: fc.nat({ max: 10_000 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant("unknown" as const), at }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("secret" as const), at }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("delete" as const), at }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant("replace" as const), at, value: junk }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("extraKey" as const), at, key, value: junk }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("nest" as const), at, depth: fc.integer({ min: 8, max: 64 }), inArrays: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("huge" as const), at, value: huge }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("randomProps" as const), value: fc.dictionary(key, junk, { maxKeys: 6 }) }) },
);

/** Plans for one policy: a seed that has members it judges, then up to four mutations. */
export function planFor(policy: OcsPolicy): fc.Arbitrary<Plan> {
  return fc.record({
    seed: fc.constantFrom(...seedsFor(policy)),
    member: fc.nat({ max: 1_000 }),
    mutations: fc.array(fc.record({ member: fc.nat({ max: 1_000 }), mutation }), { maxLength: 4 }),
  });
}

// ---------------------------------------------------------------- applying a plan

type Path = (string | number)[];

/**
 * Every node below the root, depth first; long arrays contribute their first elements only. A
 * secret wrapper is one node: the engine never sends one without its signature or its value, so
 * only what it wraps is mutated further.
 */
function nodes(value: Json, path: Path = [], out: Path[] = []): Path[] {
  if (isSecretWrapper(value)) {
    nodes(value.value, [...path, "value"], out);
  } else if (Array.isArray(value)) {
    value.slice(0, 16).forEach((item, i) => {
      out.push([...path, i]);
      nodes(item, [...path, i], out);
    });
  } else if (value !== null && typeof value === "object") {
    for (const [k, item] of Object.entries(value)) {
      out.push([...path, k]);
      nodes(item, [...path, k], out);
    }
  }
  return out;
}

function parentAndKey(root: Json, path: Path): { parent: Json[] | { [key: string]: Json }; key: string | number } {
  let parent = root as Json[] | { [key: string]: Json };
  for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[step] as typeof parent;
  return { parent, key: path[path.length - 1] as string | number };
}

function get(root: Json, path: Path): Json {
  const { parent, key: k } = parentAndKey(root, path);
  return (parent as Record<string | number, Json>)[k] as Json;
}

function set(root: Json, path: Path, value: Json): void {
  const { parent, key: k } = parentAndKey(root, path);
  Object.defineProperty(parent, k, { value, enumerable: true, writable: true, configurable: true });
}

function remove(root: Json, path: Path): void {
  const { parent, key: k } = parentAndKey(root, path);
  if (Array.isArray(parent)) parent.splice(k as number, 1);
  else Reflect.deleteProperty(parent, k);
}

function nested(value: Json, depth: number, inArrays: boolean): Json {
  let out = value;
  for (let i = 0; i < depth; i++) out = inArrays ? [out] : { nested: out };
  return out;
}

/** A value of the same JSON type as `value`, taken from the valid models. */
export function sameTypeFromCorpus(value: Json, pick: number): Json {
  if (typeof value === "string") return corpus.strings[pick % corpus.strings.length] as string;
  if (typeof value === "number") return corpus.numbers[pick % corpus.numbers.length] as number;
  if (typeof value === "boolean") return !value;
  if (Array.isArray(value)) {
    const variants: Json[][] = [[], value.slice(1), [...value, ...value.slice(0, 1)], [...value].reverse()];
    return variants[pick % variants.length] as Json[];
  }
  return value;
}

/** Where a path is written in reports and completion keys. */
export function pathKey(member: string, path: Path): string {
  return `${member}:${path.join(".")}`;
}

function mutate(resource: EngineResource, m: Mutation, replaced: Map<string, Json>): void {
  if (m.op === "randomProps") {
    resource.props = structuredCloneJson(m.value) as Record<string, unknown>;
    return;
  }
  const props = resource.props as Json;
  const all = nodes(props);
  if (all.length === 0) {
    if (m.op === "extraKey") set(props, [m.key], structuredCloneJson(m.value));
    return;
  }
  const path = all[m.at % all.length] as Path;
  const current = get(props, path);
  switch (m.op) {
    case "delete":
      return remove(props, path);
    case "replace":
      return set(props, path, structuredCloneJson(m.value));
    case "extraKey": {
      const target = current !== null && typeof current === "object" && !Array.isArray(current) && !isSecretWrapper(current) ? path : [];
      return set(props, [...target, m.key], structuredCloneJson(m.value));
    }
    case "nest":
      return set(props, path, nested(current, m.depth, m.inArrays));
    case "unknown":
      if (!replaced.has(pathKey(resource.name, path))) replaced.set(pathKey(resource.name, path), structuredCloneJson(current));
      return set(props, path, UNKNOWN);
    case "secret":
      return set(props, path, secretOf(current));
    case "huge":
      return set(props, path, m.value);
    case "corpus":
      return set(props, path, sameTypeFromCorpus(current, m.pick));
  }
}

/** A deep copy through JSON semantics, without touching NaN or -0 (JSON.stringify would). */
function structuredCloneJson(value: Json): Json {
  if (Array.isArray(value)) return value.map(structuredCloneJson);
  if (value !== null && typeof value === "object") {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, k, { value: structuredCloneJson(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** The members of a seed that a policy judges (a stack policy: every member of the topology). */
export function judgedKinds(policy: OcsPolicy): ReadonlySet<Kind> {
  return new Set<Kind>(policy.info.appliesTo);
}

/** Applies a plan: a resource policy gets one member of its kinds, a stack policy the whole seed. */
export function applyPlan(policy: OcsPolicy, plan: Plan): FuzzInput {
  const seed = seeds[plan.seed]();
  const kinds = judgedKinds(policy);
  const candidates = seed.filter((r) => kinds.has(r.kind));
  const resources = policy.info.kind === "resource" ? [candidates[plan.member % candidates.length] as EngineResource] : seed;
  const replaced = new Map<string, Json>();
  for (const { member, mutation: m } of plan.mutations) {
    // Stack policies: mutations land on a judged member three times in four.
    const judged = resources.filter((r) => kinds.has(r.kind));
    const pool = policy.info.kind === "stack" && member % 4 !== 3 && judged.length > 0 ? judged : resources;
    mutate(pool[member % pool.length] as EngineResource, m, replaced);
  }
  return { resources, replaced };
}
