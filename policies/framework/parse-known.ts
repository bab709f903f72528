import { z } from "zod";

/**
 * Parses a value in which some leaves are unknown (during preview) against a zod schema, so that
 * everything known is checked and transformed exactly as a full parse would (`.trim()`, the FQDN
 * normalisation, defaults), and every unknown leaf is kept as it is for the reader to trip on.
 *
 * Each subtree without unknowns is parsed by its own sub-schema. A subtree with unknowns is
 * descended into: an object field by field, an array item by item (its length checks still run,
 * the length is known), an optional, nullable or default wrapper into its inner schema, a union
 * into the first option its known parts fit. Refinements of a container with unknowns inside wait
 * for its values (they are not run); a schema of any other kind with unknowns inside is kept
 * whole as unknown, so a reader of it is told it is unknown, never given an unchecked value.
 */

type Schema = z.core.$ZodType;
type Issue = z.core.$ZodIssue;

export interface KnownParse {
  /** The parsed value; unknown leaves, and subtrees that could not be parsed around them, are kept as given. */
  value: unknown;
  /** Problems of the known values alone: no value still unknown can change them. */
  issues: Issue[];
  /** Paths of the values kept unknown. */
  unknownPaths: PropertyKey[][];
}

interface Walk {
  isUnknown(value: unknown): boolean;
  issues: Issue[];
  unknownPaths: PropertyKey[][];
}

export function parseKnown(schema: Schema, value: unknown, isUnknown: (value: unknown) => boolean): KnownParse {
  const walk: Walk = { isUnknown, issues: [], unknownPaths: [] };
  const parsed = parseAt(schema, value, [], walk);
  return { value: parsed, issues: walk.issues, unknownPaths: walk.unknownPaths };
}

/** The first unknown leaf of a value, if any. */
function firstUnknown(value: unknown, isUnknown: (value: unknown) => boolean): unknown {
  if (isUnknown(value)) return value;
  if (value === null || typeof value !== "object") return undefined;
  for (const item of Object.values(value)) {
    const found = firstUnknown(item, isUnknown);
    if (found !== undefined) return found;
  }
  return undefined;
}

function report(walk: Walk, path: PropertyKey[], issues: readonly Issue[]): void {
  for (const issue of issues) walk.issues.push({ ...issue, path: [...path, ...issue.path] });
}

function parseAt(schema: Schema, value: unknown, path: PropertyKey[], walk: Walk): unknown {
  const unknown = firstUnknown(value, walk.isUnknown);
  if (unknown === undefined) {
    const result = z.safeParse(schema, value);
    if (result.success) return result.data;
    report(walk, path, result.error.issues);
    return value;
  }
  if (unknown === value) {
    walk.unknownPaths.push(path);
    return value;
  }
  const def = schema._zod.def;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
      return parseAt((def as z.core.$ZodOptionalDef).innerType, value, path, walk);
    case "object":
      return parseObject(schema as z.core.$ZodObject, value, path, walk);
    case "array":
      return parseArray(schema as z.core.$ZodArray, value, path, walk);
    case "union":
      return parseUnion(schema as z.core.$ZodUnion, value, path, walk);
    default:
      // A schema of single values cannot take a container, whatever its unknowns turn out to be.
      if (singleValueKinds.has(def.type)) return parseAt(schema, withoutUnknowns(value, walk.isUnknown), path, walk);
      // Not a shape this walk can look into: the whole subtree waits for its unknowns.
      walk.unknownPaths.push(path);
      return unknown;
  }
}

const singleValueKinds: ReadonlySet<string> = new Set([
  "string", "number", "int", "boolean", "bigint", "symbol", "null", "undefined", "void", "never",
  "date", "nan", "literal", "enum", "template_literal",
] satisfies z.core.$ZodTypeDef["type"][]);

/** The value with its unknown leaves left out (for a schema that refuses it whatever they are, and for messages). */
export function withoutUnknowns(value: unknown, isUnknown: (value: unknown) => boolean): unknown {
  if (isUnknown(value)) return undefined;
  if (Array.isArray(value)) return value.map((item) => withoutUnknowns(item, isUnknown));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutUnknowns(item, isUnknown)]));
  }
  return value;
}

/** Only the checks that a container's known length or keys decide; refinements read its values. */
function structuralChecks(checks: readonly z.core.$ZodCheck[] | undefined): z.core.$ZodCheck[] {
  return (checks ?? []).filter((check) => check._zod.def.check !== "custom");
}

const anything = z.unknown().optional();

/** The container alone: its type, its keys, its length; any field or item is accepted. */
const shells = new WeakMap<Schema, Schema>();
function shellOf(schema: z.core.$ZodObject | z.core.$ZodArray): Schema {
  let shell = shells.get(schema);
  // Stryker disable next-line ConditionalExpression: a cache, whose absence only costs time
  if (shell === undefined) {
    const def = schema._zod.def;
    const checks = structuralChecks(def.checks);
    shell =
      def.type === "object"
        ? z.core.clone(schema, { ...def, shape: Object.fromEntries(Object.keys(def.shape).map((k) => [k, anything])), checks })
        : z.core.clone(schema, { ...def, element: anything, checks });
    shells.set(schema, shell);
  }
  return shell;
}

/** Whether the container itself is sound; its issues are reported when it is not. */
function shellHolds(schema: z.core.$ZodObject | z.core.$ZodArray, value: unknown, path: PropertyKey[], walk: Walk): boolean {
  const result = z.safeParse(shellOf(schema), value);
  if (result.success) return true;
  report(walk, path, result.error.issues);
  // Stryker disable next-line MethodExpression,ConditionalExpression: a value of the wrong type gets that one issue at the root and no other (the shell's fields accept anything)
  return !result.error.issues.some((issue) => issue.code === "invalid_type" && issue.path.length === 0);
}

function parseObject(schema: z.core.$ZodObject, value: unknown, path: PropertyKey[], walk: Walk): unknown {
  if (!shellHolds(schema, value, path, walk)) return value;
  const given = value as Record<string, unknown>;
  const parsed: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema._zod.def.shape)) {
    const item = parseAt(field, given[key], [...path, key], walk);
    if (item !== undefined || Object.hasOwn(given, key)) parsed[key] = item;
  }
  return parsed;
}

function parseArray(schema: z.core.$ZodArray, value: unknown, path: PropertyKey[], walk: Walk): unknown {
  if (!shellHolds(schema, value, path, walk)) return value;
  return (value as unknown[]).map((item, i) => parseAt(schema._zod.def.element, item, [...path, i], walk));
}

function parseUnion(schema: z.core.$ZodUnion, value: unknown, path: PropertyKey[], walk: Walk): unknown {
  const tried: Issue[][] = [];
  for (const option of schema._zod.def.options) {
    const attempt: Walk = { isUnknown: walk.isUnknown, issues: [], unknownPaths: [] };
    const parsed = parseAt(option, value, path, attempt);
    if (attempt.issues.length === 0) {
      walk.unknownPaths.push(...attempt.unknownPaths);
      return parsed;
    }
    tried.push(attempt.issues);
  }
  walk.issues.push({ code: "invalid_union", errors: tried, path, message: "Invalid input", input: value } as Issue);
  return value;
}
