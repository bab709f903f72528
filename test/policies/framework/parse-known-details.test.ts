import { z } from "zod";
import { parseKnown, withoutUnknowns } from "../../../policies/framework/parse-known";

// parseKnown on each kind of schema it descends into, one at a time, with unknowns placed where each
// branch of the walk decides.

const U = "<unknown>";
const isUnknown = (v: unknown) => v === U;
const trimmed = z.string().trim().min(1);
const pair = z.strictObject({ a: trimmed, b: trimmed });
const codes = (issues: readonly z.core.$ZodIssue[]) => issues.map((i) => [i.code, i.path]);

describe("parseKnown through wrappers", () => {
  it.each([
    ["optional", pair.optional()],
    ["nullable", pair.nullable()],
    ["default", pair.default({ a: "x", b: "y" })],
    ["prefault", pair.prefault({ a: "x", b: "y" })],
    ["nonoptional", pair.optional().nonoptional()],
    ["readonly", pair.readonly()],
  ])("looks through %s into the object, transforming its known fields", (_name, schema) => {
    const result = parseKnown(z.strictObject({ v: schema }), { v: { a: " x ", b: U } }, isUnknown);
    expect(result).toEqual({ value: { v: { a: "x", b: U } }, issues: [], unknownPaths: [["v", "b"]] });
  });

  it("reports a problem of a known field found through a wrapper, at its full path", () => {
    const result = parseKnown(z.strictObject({ v: pair.optional() }), { v: { a: " ", b: U } }, isUnknown);
    expect(codes(result.issues)).toEqual([["too_small", ["v", "a"]]]);
  });
});

describe("parseKnown on the whole value", () => {
  it("keeps a value that is unknown as a whole, at the empty path", () => {
    expect(parseKnown(pair, U, isUnknown)).toEqual({ value: U, issues: [], unknownPaths: [[]] });
  });

  it("parses a known value and reports its problems at their own path", () => {
    expect(parseKnown(pair, { a: " x", b: "y " }, isUnknown)).toEqual({ value: { a: "x", b: "y" }, issues: [], unknownPaths: [] });
    const bad = parseKnown(pair, { a: "", b: "y" }, isUnknown);
    expect(bad.value).toEqual({ a: "", b: "y" });
    expect(codes(bad.issues)).toEqual([["too_small", ["a"]]]);
  });
});

describe("parseKnown on single values", () => {
  it.each([
    ["a string", z.string(), "invalid_type"],
    ["a number", z.number(), "invalid_type"],
    ["a boolean", z.boolean(), "invalid_type"],
    ["a literal", z.literal("x"), "invalid_value"],
    ["an enum", z.enum(["x", "y"]), "invalid_value"],
  ])("refuses a container for %s, whatever its unknowns turn out to be", (_name, schema, code) => {
    const result = parseKnown(z.strictObject({ v: schema }), { v: { inner: U } }, isUnknown);
    expect(codes(result.issues)).toEqual([[code, ["v"]]]);
    expect(result.unknownPaths).toEqual([]);
  });

  it("keeps a subtree under a schema it cannot look into unknown as a whole, and the first unknown in its place", () => {
    const result = parseKnown(z.strictObject({ v: z.record(z.string(), z.string()) }), { v: { a: "x", b: [1, U] } }, isUnknown);
    expect(result).toEqual({ value: { v: U }, issues: [], unknownPaths: [["v"]] });
  });
});

describe("parseKnown on objects", () => {
  const schema = z.strictObject({ a: trimmed, b: trimmed.optional(), c: trimmed });

  it("keeps a field given as undefined, and adds no field that was not given", () => {
    const given = parseKnown(schema, { a: " x", b: undefined, c: U }, isUnknown);
    expect(given.value).toEqual({ a: "x", b: undefined, c: U });
    expect(Object.keys(given.value as object)).toEqual(["a", "b", "c"]);
    const absent = parseKnown(schema, { a: " x", c: U }, isUnknown);
    expect(Object.keys(absent.value as object)).toEqual(["a", "c"]);
  });

  it("reports the container's own problems and still parses the fields beside them", () => {
    const result = parseKnown(schema, { a: "", c: U, extra: 1 }, isUnknown);
    expect(codes(result.issues)).toEqual([
      ["unrecognized_keys", []],
      ["too_small", ["a"]],
    ]);
    expect(result.unknownPaths).toEqual([["c"]]);
  });

  it("does not look into a value that is no object at all", () => {
    const result = parseKnown(z.strictObject({ v: schema }), { v: [U] }, isUnknown);
    expect(result.value).toEqual({ v: [U] });
    expect(codes(result.issues)).toEqual([["invalid_type", ["v"]]]);
    expect(result.unknownPaths).toEqual([]);
  });

  it("leaves a refinement over unknown fields for later, but checks the keys", () => {
    const refined = z.strictObject({ a: z.number(), b: z.number() }).refine((r) => r.a < r.b, "a before b");
    expect(parseKnown(refined, { a: 2, b: U }, isUnknown).issues).toEqual([]);
    expect(codes(parseKnown(refined, { a: 2, b: U, c: 1 }, isUnknown).issues)).toEqual([["unrecognized_keys", []]]);
    expect(codes(parseKnown(refined, { a: 2, b: 1 }, isUnknown).issues)).toEqual([["custom", []]]);
  });
});

describe("parseKnown on arrays", () => {
  it("parses each item at its index and keeps the length checks", () => {
    const schema = z.array(trimmed).min(2).max(3);
    expect(parseKnown(schema, [" a", U], isUnknown)).toEqual({ value: ["a", U], issues: [], unknownPaths: [[1]] });
    expect(codes(parseKnown(schema, [U], isUnknown).issues)).toEqual([["too_small", []]]);
    expect(codes(parseKnown(schema, [U, "a", "b", "c"], isUnknown).issues)).toEqual([["too_big", []]]);
    expect(codes(parseKnown(schema, ["", U], isUnknown).issues)).toEqual([["too_small", [0]]]);
  });

  it("leaves a refinement over unknown items for later", () => {
    const distinct = z.array(z.string()).refine((items) => new Set(items).size === items.length, "distinct");
    expect(parseKnown(distinct, ["a", U], isUnknown).issues).toEqual([]);
    expect(codes(parseKnown(distinct, ["a", "a"], isUnknown).issues)).toEqual([["custom", []]]);
  });

  it("does not look into a value that is no array", () => {
    const result = parseKnown(z.array(trimmed), { 0: U }, isUnknown);
    expect(result.value).toEqual({ 0: U });
    expect(codes(result.issues)).toEqual([["invalid_type", []]]);
  });
});

describe("parseKnown on unions", () => {
  const schema = z.union([z.strictObject({ kind: z.literal("a"), x: trimmed }), z.strictObject({ kind: z.literal("b"), y: trimmed })]);

  it("takes the first option the known parts fit, with that option's unknown paths only", () => {
    expect(parseKnown(schema, { kind: "b", y: U }, isUnknown)).toEqual({ value: { kind: "b", y: U }, issues: [], unknownPaths: [["y"]] });
    expect(parseKnown(schema, { kind: "a", x: U }, isUnknown)).toEqual({ value: { kind: "a", x: U }, issues: [], unknownPaths: [["x"]] });
  });

  it("reports one invalid_union at the union's path, with every option's problems, when no option fits", () => {
    const result = parseKnown(z.strictObject({ v: schema }), { v: { kind: "c", x: U } }, isUnknown);
    expect(result.value).toEqual({ v: { kind: "c", x: U } });
    expect(result.unknownPaths).toEqual([]);
    expect(result.issues).toHaveLength(1);
    const issue = result.issues[0] as z.core.$ZodIssueInvalidUnion;
    expect(issue).toMatchObject({ code: "invalid_union", path: ["v"], message: "Invalid input", input: { kind: "c", x: U } });
    expect(issue.errors.map((option) => option.map((i) => i.code))).toEqual([["invalid_value"], ["unrecognized_keys", "invalid_value", "invalid_type"]]);
  });
});

describe("withoutUnknowns", () => {
  it("drops unknown leaves at any depth, and keeps everything else", () => {
    expect(withoutUnknowns(U, isUnknown)).toBeUndefined();
    expect(withoutUnknowns("x", isUnknown)).toBe("x");
    expect(withoutUnknowns(null, isUnknown)).toBeNull();
    expect(withoutUnknowns([U, "a", [U, 1]], isUnknown)).toEqual([undefined, "a", [undefined, 1]]);
    expect(withoutUnknowns({ a: U, b: { c: U, d: true } }, isUnknown)).toEqual({ a: undefined, b: { c: undefined, d: true } });
  });
});
