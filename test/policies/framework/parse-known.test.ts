import fc from "fast-check";
import { z } from "zod";
import { catalog } from "../../../components/model/catalog";
import { isUnknownSentinel } from "../../../policies/framework/decode";
import { parseKnown } from "../../../policies/framework/parse-known";
import { scenarios } from "../../fixtures/violating-models";
import { makeUnknown, type Path, pathsOf } from "../../harness/unknown-paths";

const U = "<unknown>";
const isUnknown = (v: unknown) => v === U;
const trimmed = z.string().trim().min(1);
const edge = z.strictObject({ adapter: trimmed, ip: z.string() });
const schema = z.strictObject({
  name: trimmed,
  internal: edge,
  external: edge.optional(),
  pools: z.array(trimmed).min(1),
  range: z.strictObject({ start: z.number(), end: z.number() }).refine((r) => r.start <= r.end),
  scope: z.union([z.literal("global"), z.array(trimmed).min(1)]),
  extra: z.record(z.string(), trimmed).optional(),
});
const known = {
  name: " med ",
  internal: { adapter: "NIC1 ", ip: "10.0.1.1" },
  external: { adapter: " NIC2", ip: "10.0.2.1" },
  pools: [" pool01 "],
  range: { start: 1, end: 2 },
  scope: "global",
};

describe("parseKnown", () => {
  it("parses a value without unknowns exactly as the schema does", () => {
    const result = parseKnown(schema, known, isUnknown);
    expect(result).toEqual({ value: schema.parse(known), issues: [], unknownPaths: [] });
  });

  it("transforms the known values beside an unknown one and keeps the unknown leaf", () => {
    const result = parseKnown(schema, { ...known, internal: { adapter: "NIC1 ", ip: U }, pools: [U, " pool02"] }, isUnknown);
    expect(result.issues).toEqual([]);
    expect(result.unknownPaths).toEqual([["internal", "ip"], ["pools", 0]]);
    expect(result.value).toEqual({ ...schema.parse(known), internal: { adapter: "NIC1", ip: U }, pools: [U, "pool02"] });
  });

  it("keeps an unknown optional field unknown, never absent", () => {
    const result = parseKnown(schema, { ...known, external: U }, isUnknown);
    expect(result.value).toHaveProperty("external", U);
    expect(result.unknownPaths).toEqual([["external"]]);
  });

  it("reports the problems of the known values, at their full path", () => {
    const result = parseKnown(schema, { ...known, internal: { adapter: "  ", ip: U, mac: "x" }, pools: [] }, isUnknown);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ["unrecognized_keys", ["internal"]],
      ["too_small", ["internal", "adapter"]],
      ["too_small", ["pools"]],
    ]);
  });

  it("still counts the items of a list whose items are unknown", () => {
    const result = parseKnown(z.strictObject({ pools: z.array(trimmed).min(2) }), { pools: [U] }, isUnknown);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([["too_small", ["pools"]]]);
  });

  it("leaves a refinement over unknown values for later", () => {
    const result = parseKnown(schema, { ...known, range: { start: U, end: 1 } }, isUnknown);
    expect(result.issues).toEqual([]);
    expect(result.value).toHaveProperty("range", { start: U, end: 1 });
  });

  it("lets the known parts of a union choose its option", () => {
    const result = parseKnown(schema, { ...known, scope: [" pool01", U] }, isUnknown);
    expect(result.issues).toEqual([]);
    expect(result.value).toHaveProperty("scope", ["pool01", U]);
    const wrong = parseKnown(schema, { ...known, scope: { pool: U } }, isUnknown);
    expect(wrong.issues.map((i) => [i.code, i.path])).toEqual([["invalid_union", ["scope"]]]);
  });

  it("keeps a subtree of a kind it cannot look into whole as unknown", () => {
    const result = parseKnown(schema, { ...known, extra: { a: " x", b: U } }, isUnknown);
    expect(result.value).toHaveProperty("extra", U);
    expect(result.unknownPaths).toEqual([["extra"]]);
  });

  it("reports a container of the wrong type once, without looking into it", () => {
    const result = parseKnown(schema, { ...known, internal: [U] }, isUnknown);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([["invalid_type", ["internal"]]]);
  });
});

describe("parseKnown on the component models", () => {
  const models = scenarios().flatMap((s) => s.resources);

  /** Every known leaf of the partial parse is the full parse's value there; every unknown leaf was made unknown. */
  function agrees(partial: unknown, full: unknown, path: Path, unknown: readonly Path[]): string[] {
    if (isUnknownSentinel(partial)) return unknown.some((p) => p.join(".") === path.join(".")) ? [] : [`${path.join(".")} is unknown`];
    if (partial === null || typeof partial !== "object") return Object.is(partial, full) ? [] : [`${path.join(".")}: ${String(partial)} is not ${String(full)}`];
    if (full === null || typeof full !== "object") return [`${path.join(".")} is not a container in the full parse`];
    const keys = new Set([...Object.keys(partial), ...Object.keys(full)]);
    return [...keys].flatMap((k) =>
      agrees((partial as Record<string, unknown>)[k], (full as Record<string, unknown>)[k], [...path, Array.isArray(partial) ? Number(k) : k], unknown),
    );
  }

  it("gives every known value exactly as the full parse does, whatever else is unknown", () => {
    const model = fc.constantFrom(...models);
    const withPaths = model.chain((r) => fc.tuple(fc.constant(r), fc.subarray(pathsOf(r.props), { maxLength: Math.min(4, pathsOf(r.props).length) })));
    fc.assert(
      fc.property(withPaths, ([resource, paths]) => {
        const schema = catalog[resource.kind].schema;
        const full = schema.parse(resource.props);
        const props = JSON.parse(JSON.stringify(resource.props)) as Record<string, unknown>;
        makeUnknown(props, paths);
        const partial = parseKnown(schema, props, isUnknownSentinel);
        expect(partial.issues).toEqual([]);
        expect(agrees(partial.value, full, [], partial.unknownPaths.map((p) => p.map((k) => (typeof k === "number" ? k : String(k)))))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
