import { z } from "zod";
import { parseKnown } from "../../../policies/framework/parse-known";

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
