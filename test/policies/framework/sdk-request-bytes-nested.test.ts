import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { readAnalyzeRequest } from "../../../policies/framework/sdk-request-bytes";
import { specialSecretSig, specialSigKey } from "../../../policies/framework/sdk-internals";

// The request reader below the resource: Values, Structs, their map entries and lists, written byte
// by byte so that fields a newer engine might add (or a known number with another wire type) sit
// inside them, after the fields the reader knows. The protobuf library is the reference where it
// reads such bytes; where it would not, the reader's reading is pinned.

function varint(n: number): Buffer {
  const bytes: number[] = [];
  for (; n >= 0x80; n = Math.floor(n / 128)) bytes.push((n & 0x7f) | 0x80);
  return Buffer.from([...bytes, n]);
}
const tag = (field: number, wireType: number) => varint(field * 8 + wireType);
const delimited = (field: number, bytes: Buffer) => Buffer.concat([tag(field, 2), varint(bytes.length), bytes]);
const text = (field: number, value: string) => delimited(field, Buffer.from(value, "utf8"));
function double(value: number): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeDoubleLE(value);
  return Buffer.concat([tag(2, 1), bytes]);
}

/** google.protobuf.Value of each kind. */
const value = {
  null: () => Buffer.concat([tag(1, 0), varint(0)]),
  number: (n: number) => double(n),
  string: (s: string) => text(3, s),
  bool: (b: boolean) => Buffer.concat([tag(4, 0), varint(b ? 1 : 0)]),
  struct: (entries: Buffer) => delimited(5, entries),
  list: (items: Buffer[]) => delimited(6, Buffer.concat(items.map((item) => delimited(1, item)))),
};
const entry = (key: string, v: Buffer, extra: Buffer = Buffer.alloc(0)) => delimited(1, Buffer.concat([text(1, key), delimited(2, v), extra]));
const struct = (...entries: Buffer[]) => Buffer.concat(entries);

/** An AnalyzeRequest whose props are the given Struct bytes. */
const requestWith = (props: Buffer) => Buffer.concat([text(1, "ocs:voice:MediaGateway"), delimited(2, props), text(3, "urn:gw"), text(4, "gw")]);
const propsOf = (props: Buffer) => readAnalyzeRequest(requestWith(props)).props;
const library = (props: Buffer) => Struct.deserializeBinary(props).toJavaScript();

/** Fields of numbers no message here uses, one of each wire type the engine may send. */
const noise = Buffer.concat([
  tag(9, 0), varint(300),
  tag(10, 1), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]),
  text(11, "later"),
  tag(12, 5), Buffer.from([1, 2, 3, 4]),
]);

describe("fields a Value does not know", () => {
  const kinds: [string, Buffer, unknown][] = [
    ["null", value.null(), null],
    ["number", value.number(2.5), 2.5],
    ["string", value.string("x"), "x"],
    ["bool", value.bool(true), true],
    ["struct", value.struct(entry("a", value.string("b"))), { a: "b" }],
    ["list", value.list([value.number(1), value.string("two")]), [1, "two"]],
  ];

  it.each(kinds)("are skipped after a %s, as the protobuf library skips them", (_kind, v, expected) => {
    const props = struct(entry("v", Buffer.concat([v, noise])));
    expect(propsOf(props)).toEqual({ v: expected });
    expect(propsOf(props)).toEqual(library(props));
  });

  // A known field number with another wire type is no value of that kind: the reader skips it.
  const misnumbered: [string, Buffer][] = [
    ["null_value as a length-delimited field", text(1, "x")],
    ["number_value as a varint", Buffer.concat([tag(2, 0), varint(7)])],
    ["string_value as a varint", Buffer.concat([tag(3, 0), varint(7)])],
    ["bool_value as a fixed64", Buffer.concat([tag(4, 1), Buffer.alloc(8)])],
    ["struct_value as a varint", Buffer.concat([tag(5, 0), varint(7)])],
    ["list_value as a fixed32", Buffer.concat([tag(6, 5), Buffer.alloc(4)])],
  ];

  it.each(misnumbered)("are skipped when %s", (_case, field) => {
    for (const [, v, expected] of kinds) {
      expect(propsOf(struct(entry("v", Buffer.concat([v, field]))))).toEqual({ v: expected });
    }
  });

  it.each(misnumbered)("do not make a Value of no kind a value, %s among them", (_case, field) => {
    expect(() => propsOf(struct(entry("v", Buffer.concat([noise, field]))))).toThrow(new Error("Unexpected struct type"));
  });

  it("make no value when it has none, as Struct.toJavaScript refuses it", () => {
    const props = struct(entry("v", noise));
    expect(() => library(props)).toThrow("Unexpected struct type");
    expect(() => propsOf(props)).toThrow(new Error("Unexpected struct type"));
  });
});

describe("fields a Struct, a map entry or a list does not know", () => {
  it("are skipped between the entries of a Struct", () => {
    const props = struct(noise, entry("a", value.number(1)), noise, entry("b", value.bool(false)), noise);
    expect(propsOf(props)).toEqual({ a: 1, b: false });
    expect(propsOf(props)).toEqual(library(props));
  });

  it("are skipped inside a map entry, after its key and value", () => {
    const props = struct(entry("a", value.string("kept"), noise), entry("b", value.number(3), Buffer.concat([tag(3, 0), varint(1)])));
    expect(propsOf(props)).toEqual({ a: "kept", b: 3 });
    expect(propsOf(props)).toEqual(library(props));
  });

  it("are skipped between the items of a list", () => {
    const list = delimited(6, Buffer.concat([noise, delimited(1, value.string("a")), noise, delimited(1, value.number(2)), noise]));
    const props = struct(entry("l", list));
    expect(propsOf(props)).toEqual({ l: ["a", 2] });
    expect(propsOf(props)).toEqual(library(props));
  });

  it("are skipped inside a nested struct, at any depth", () => {
    const inner = value.struct(struct(noise, entry("deep", value.list([Buffer.concat([value.string("x"), noise])]))));
    const props = struct(entry("outer", Buffer.concat([inner, noise])));
    expect(propsOf(props)).toEqual({ outer: { deep: ["x"] } });
  });
});

describe("map entries", () => {
  it("give their keys in sorted order, whatever order they came in", () => {
    const props = struct(entry("b", value.number(2)), entry("a", value.number(1)), entry("c", value.number(3)));
    const read = propsOf(props);
    expect(Object.keys(read)).toEqual(["a", "b", "c"]);
    expect(Object.keys(read)).toEqual(Object.keys(library(props)));
  });

  it("keep the last value of a key written twice", () => {
    const props = struct(entry("a", value.number(1)), entry("a", value.number(2)));
    expect(propsOf(props)).toEqual({ a: 2 });
    expect(propsOf(props)).toEqual(library(props));
  });

  it("read an entry without a key as the empty key", () => {
    const props = struct(delimited(1, delimited(2, value.string("no key"))));
    expect(propsOf(props)).toEqual({ "": "no key" });
    expect(propsOf(props)).toEqual(library(props));
  });

  it("refuse an entry without a value, as Struct.toJavaScript does", () => {
    const props = struct(delimited(1, text(1, "a")));
    expect(() => library(props)).toThrow("Unexpected struct type");
    expect(() => propsOf(props)).toThrow(new Error("Unexpected struct type"));
  });
});

describe("secret signatures", () => {
  it("read a signature key whose value is itself a structure holding a secret as plain data", () => {
    const secret = value.struct(struct(entry(specialSigKey, value.string(specialSecretSig)), entry("value", value.string("hidden"))));
    const props = struct(entry("odd", value.struct(struct(entry(specialSigKey, value.struct(struct(entry("x", secret)))), entry("value", value.string("v"))))));
    const read = readAnalyzeRequest(requestWith(props));
    expect(read.props).toEqual({ odd: { [specialSigKey]: { x: "hidden" }, value: "v" } });
    expect(read.secretPaths).toEqual([["odd", specialSigKey, "x"]]);
  });
});

describe("a resource's own fields", () => {
  it("are empty when not sent, with no props, no secret and no unknown", () => {
    expect(readAnalyzeRequest(Buffer.alloc(0))).toEqual({ type: "", name: "", urn: "", parent: "", props: {}, secretPaths: [], hasUnknowns: false });
    expect(readAnalyzeRequest(text(4, "only-a-name"))).toEqual({
      type: "",
      name: "only-a-name",
      urn: "",
      parent: "",
      props: {},
      secretPaths: [],
      hasUnknowns: false,
    });
  });

  it("are read whatever their order, the parent included", () => {
    const bytes = Buffer.concat([text(7, "urn:parent"), text(4, "n"), text(3, "urn:n"), text(1, "t"), delimited(2, struct(entry("a", value.null())))]);
    expect(readAnalyzeRequest(bytes)).toEqual({ type: "t", name: "n", urn: "urn:n", parent: "urn:parent", props: { a: null }, secretPaths: [], hasUnknowns: false });
  });
});
