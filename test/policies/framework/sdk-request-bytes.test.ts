import fc from "fast-check";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import { readAnalyzeRequest, readAnalyzeStackRequest } from "../../../policies/framework/sdk-request-bytes";
import { specialSigKey, unknownStringValue } from "../../../policies/framework/sdk-internals";
import { secret } from "../../harness/engine";

// ocs-guard reads the engine's requests from their bytes; the protobuf library is the reference.
// A reader must skip what a newer engine may add (fields it does not know, of any wire type) and
// refuse a cut request with a sentence, never read it as a shorter, compliant one.

const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string(),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), tie("value"), { maxKeys: 3 }),
  ),
})).value;
const props = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), json, { maxKeys: 4 }) as fc.Arbitrary<Record<string, unknown>>;

function request(values: Record<string, unknown>): analyzerPb.AnalyzeRequest {
  const req = new analyzerPb.AnalyzeRequest();
  req.setType("ocs:gateway:MediaGateway");
  req.setName("gw-1");
  req.setUrn("urn:pulumi:s::p::ocs:gateway:MediaGateway::gw-1");
  req.setProperties(Struct.fromJavaScript(values as never));
  return req;
}

/** Fields the reader does not know, one of each wire type, and a known number with a wrong wire type. */
const unknownFields = Buffer.from([
  (5 << 3) | 0, 0x96, 0x01, // field 5, varint 150
  (6 << 3) | 1, 1, 2, 3, 4, 5, 6, 7, 8, // field 6, fixed64
  (9 << 3) | 2, 3, 0x61, 0x62, 0x63, // field 9, length-delimited "abc"
  (10 << 3) | 5, 1, 2, 3, 4, // field 10, fixed32
  (1 << 3) | 0, 1, // field 1 (type) as a varint: not the type
]);

function varint(n: number): Buffer {
  const bytes: number[] = [];
  for (; n >= 0x80; n = Math.floor(n / 128)) bytes.push((n & 0x7f) | 0x80);
  return Buffer.from([...bytes, n]);
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("reading an analyzer request from its bytes", () => {
  it("reads what the protobuf library reads, and skips fields it does not know", () => {
    fc.assert(
      fc.property(props, (values) => {
        const bytes = request(values).serializeBinary();
        const read = readAnalyzeRequest(bytes);
        expect(read).toMatchObject({ type: "ocs:gateway:MediaGateway", name: "gw-1", urn: "urn:pulumi:s::p::ocs:gateway:MediaGateway::gw-1" });
        expect(plain(read.props)).toEqual(plain(Struct.fromJavaScript(values as never).toJavaScript()));
        const extended = Buffer.concat([unknownFields, Buffer.from(bytes), unknownFields]);
        expect(readAnalyzeRequest(extended)).toEqual(read);
      }),
      { numRuns: 200 },
    );
  });

  it("unwraps a secret to its value and remembers where it was, and notes an unknown value", () => {
    const read = readAnalyzeRequest(
      request({
        ip: secret("10.0.0.1"),
        edges: [{ port: secret(5061) }, { port: 5062 }],
        absent: { [specialSigKey]: secret("x")[specialSigKey] },
        lookalike: { [specialSigKey]: "not the secret signature", value: "shown" },
        fqdn: unknownStringValue,
      }).serializeBinary(),
    );
    expect(read.props).toEqual({
      absent: undefined,
      edges: [{ port: 5061 }, { port: 5062 }],
      fqdn: unknownStringValue,
      ip: "10.0.0.1",
      lookalike: { [specialSigKey]: "not the secret signature", value: "shown" },
    });
    expect(Object.keys(read.props)).toEqual(["absent", "edges", "fqdn", "ip", "lookalike"]);
    expect(read.secretPaths).toEqual([["absent"], ["edges", 0, "port"], ["ip"]]);
    expect(read.hasUnknowns).toBe(true);
    expect(read.parent).toBe("");
    expect(readAnalyzeRequest(request({ a: "known" }).serializeBinary())).toMatchObject({ secretPaths: [], hasUnknowns: false });
  });

  it("reads every resource of a stack request and skips what is not a resource", () => {
    const one = Buffer.from(request({ a: 1 }).serializeBinary());
    const two = Buffer.from(request({ b: ["x", true, null] }).serializeBinary());
    const resource = (bytes: Buffer) => Buffer.concat([Buffer.from([(1 << 3) | 2]), varint(bytes.length), bytes]);
    const stack = Buffer.concat([resource(one), unknownFields, resource(two)]);
    expect(readAnalyzeStackRequest(stack, (r) => r.props)).toEqual([{ a: 1 }, { b: ["x", true, null] }]);
  });

  it("refuses a request cut anywhere inside a field with a sentence, and reads one cut between fields", () => {
    const values = { ip: "10.0.0.1", port: 5061, nested: { on: true, list: [1, "two"] } };
    const bytes = Buffer.from(request(values).serializeBinary());
    // The request's fields in the order they are written (type 1, properties 2, urn 3, name 4): a cut
    // after one of them is a shorter, well-formed request; any other cut is inside a field.
    const partial = new analyzerPb.AnalyzeRequest();
    const between = new Set<number>();
    partial.setType("ocs:gateway:MediaGateway");
    between.add(partial.serializeBinary().length);
    partial.setProperties(Struct.fromJavaScript(values as never));
    between.add(partial.serializeBinary().length);
    partial.setUrn("urn:pulumi:s::p::ocs:gateway:MediaGateway::gw-1");
    between.add(partial.serializeBinary().length);
    for (let cut = 1; cut < bytes.length; cut++) {
      const read = () => readAnalyzeRequest(bytes.subarray(0, cut));
      if (between.has(cut)) expect(read).not.toThrow();
      else expect(read).toThrow(/^The analyzer request ends inside a (number|field)\.$/);
    }
    expect(() => readAnalyzeRequest(Buffer.from([(11 << 3) | 3]))).toThrow("The analyzer request holds a field of wire type 3, which it never sends.");
  });
});
