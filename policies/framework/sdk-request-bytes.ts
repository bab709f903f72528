/**
 * Reads the analyzer's Analyze and AnalyzeStack requests straight from their protobuf bytes into
 * plain resources: the props come out as the SDK's `deserializeProperties` gives them (secrets
 * unwrapped, the unknown sentinels kept as strings, keys in the order the protobuf map gives them),
 * with the paths the engine marked secret and whether any value is unknown, in one pass and
 * without building a protobuf message object per value. So a stack of 10,000 resources never
 * exists twice in memory (as messages and as props), and the time `deserializeBinary` and
 * `Struct.toJavaScript` took is saved. The messages read are those of @pulumi/pulumi's
 * `proto/analyzer.proto` and `google/protobuf/struct.proto`; sdk-server.contract.test.ts checks
 * the result against the SDK's own reading of the same bytes.
 */
import { type PropsPath, specialSecretSig, specialSigKey, unknownSentinels } from "./sdk-internals";

/** A resource of a request, as read from its bytes. */
export interface WireResource {
  type: string;
  name: string;
  urn: string;
  /** The parent's URN (AnalyzeStack), or "". */
  parent: string;
  /** Plain values; a value unknown during preview is the SDK's sentinel string, a secret is its value. */
  props: Record<string, unknown>;
  /** Where the engine marked a value secret. */
  secretPaths: PropsPath[];
  /** Whether any value is unknown during preview. */
  hasUnknowns: boolean;
}

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

class Reader {
  pos: number;

  constructor(
    readonly buf: Buffer,
    start = 0,
  ) {
    this.pos = start;
  }

  varint(): number {
    let result = 0;
    let factor = 1;
    for (;;) {
      const byte = this.buf[this.pos++];
      if (byte === undefined) throw new Error("The analyzer request ends inside a number.");
      result += (byte & 0x7f) * factor;
      if (byte < 0x80) return result;
      factor *= 128;
    }
  }

  /** The end of a length-delimited field that starts here. */
  span(): number {
    const length = this.varint();
    const end = this.pos + length;
    if (end > this.buf.length) throw new Error("The analyzer request ends inside a field.");
    return end;
  }

  string(): string {
    const end = this.span();
    const text = this.buf.toString("utf8", this.pos, end);
    this.pos = end;
    return text;
  }

  skip(wireType: number): void {
    if (wireType === VARINT) this.varint();
    else if (wireType === FIXED64) this.pos += 8;
    else if (wireType === LENGTH_DELIMITED) this.pos = this.span();
    else if (wireType === FIXED32) this.pos += 4;
    else throw new Error(`The analyzer request holds a field of wire type ${wireType}, which it never sends.`);
  }
}

interface Walk {
  secretPaths: PropsPath[];
  hasUnknowns: boolean;
}

// google.protobuf.Value: null_value 1, number_value 2, string_value 3, bool_value 4, struct_value 5, list_value 6.
function readValue(r: Reader, end: number, path: PropsPath, walk: Walk): unknown {
  let value: unknown;
  let kind = false;
  while (r.pos < end) {
    const tag = r.varint();
    const field = Math.floor(tag / 8);
    const wireType = tag & 7;
    const known = [VARINT, FIXED64, LENGTH_DELIMITED, VARINT, LENGTH_DELIMITED, LENGTH_DELIMITED][field - 1] === wireType;
    if (known) kind = true;
    if (field === 1 && wireType === VARINT) {
      r.varint();
      value = null;
    } else if (field === 2 && wireType === FIXED64) {
      value = r.buf.readDoubleLE(r.pos);
      r.pos += 8;
    } else if (field === 3 && wireType === LENGTH_DELIMITED) {
      const text = r.string();
      if (unknownSentinels.has(text)) walk.hasUnknowns = true;
      value = text;
    } else if (field === 4 && wireType === VARINT) {
      value = r.varint() !== 0;
    } else if (field === 5 && wireType === LENGTH_DELIMITED) {
      const stop = r.span();
      value = readStruct(r, stop, path, walk);
      r.pos = stop;
    } else if (field === 6 && wireType === LENGTH_DELIMITED) {
      const stop = r.span();
      value = readList(r, stop, path, walk);
      r.pos = stop;
    } else {
      r.skip(wireType);
    }
  }
  // As Struct.toJavaScript does: a value of no kind is no JSON value.
  if (!kind) throw new Error("Unexpected struct type");
  return value;
}

function readList(r: Reader, end: number, path: PropsPath, walk: Walk): unknown[] {
  const items: unknown[] = [];
  while (r.pos < end) {
    const tag = r.varint();
    if (tag !== (1 << 3) + LENGTH_DELIMITED) {
      r.skip(tag & 7);
      continue;
    }
    const stop = r.span();
    items.push(readValue(r, stop, [...path, items.length], walk));
    r.pos = stop;
  }
  return items;
}

/** Where each field's Value lies, by key (the last entry of a key wins, as in a protobuf map). */
function structEntries(r: Reader, end: number): Map<string, { start: number; end: number }> {
  const entries = new Map<string, { start: number; end: number }>();
  while (r.pos < end) {
    const tag = r.varint();
    if (tag !== (1 << 3) + LENGTH_DELIMITED) {
      r.skip(tag & 7);
      continue;
    }
    const stop = r.span();
    let key = "";
    // A map entry without a value holds an empty Value, which no JSON value is.
    // Stryker disable next-line ObjectLiteral: an entry without a value is refused either way, as a Value of no kind
    let value = { start: r.pos, end: r.pos };
    while (r.pos < stop) {
      const entryTag = r.varint();
      if (entryTag === (1 << 3) + LENGTH_DELIMITED) key = r.string();
      else if (entryTag === (2 << 3) + LENGTH_DELIMITED) {
        const valueEnd = r.span();
        value = { start: r.pos, end: valueEnd };
        r.pos = valueEnd;
      } else r.skip(entryTag & 7);
    }
    entries.set(key, value);
    r.pos = stop;
  }
  return entries;
}

function valueAt(r: Reader, at: { start: number; end: number }, path: PropsPath, walk: Walk): unknown {
  r.pos = at.start;
  return readValue(r, at.end, path, walk);
}

function readFields(r: Reader, entries: Map<string, { start: number; end: number }>, path: PropsPath, walk: Walk): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  // Sorted, as the protobuf map's forEach (and so Struct.toJavaScript and the SDK) gives them.
  for (const key of [...entries.keys()].sort()) {
    object[key] = valueAt(r, entries.get(key) as { start: number; end: number }, [...path, key], walk);
  }
  return object;
}

function readStruct(r: Reader, end: number, path: PropsPath, walk: Walk): unknown {
  const entries = structEntries(r, end);
  const signature = entries.get(specialSigKey);
  if (signature !== undefined) {
    // Stryker disable next-line ArrayDeclaration,BooleanLiteral: the probe's record is never read; it only keeps the signature's reading out of the request's
    const probe: Walk = { secretPaths: [], hasUnknowns: false };
    if (valueAt(r, signature, path, probe) === specialSecretSig) {
      // The SDK unwraps a secret to its value; where it was is remembered so that no message shows it.
      walk.secretPaths.push(path);
      const inner = entries.get("value");
      return inner === undefined ? undefined : valueAt(r, inner, path, walk);
    }
  }
  return readFields(r, entries, path, walk);
}

/** A resource message (AnalyzeRequest or AnalyzerResource: type 1, properties 2, urn 3, name 4, parent 7). */
function readResource(r: Reader, end: number): WireResource {
  const resource: WireResource = { type: "", name: "", urn: "", parent: "", props: {}, secretPaths: [], hasUnknowns: false };
  let properties: { start: number; end: number } | undefined;
  while (r.pos < end) {
    const tag = r.varint();
    const field = Math.floor(tag / 8);
    const wireType = tag & 7;
    if (wireType !== LENGTH_DELIMITED || ![1, 2, 3, 4, 7].includes(field)) {
      r.skip(wireType);
      continue;
    }
    if (field === 2) {
      const stop = r.span();
      properties = { start: r.pos, end: stop };
      r.pos = stop;
    } else {
      const text = r.string();
      if (field === 1) resource.type = text;
      else if (field === 3) resource.urn = text;
      else if (field === 4) resource.name = text;
      else resource.parent = text;
    }
  }
  if (properties !== undefined) {
    const walk: Walk = { secretPaths: [], hasUnknowns: false };
    r.pos = properties.start;
    // The top level is the props object itself, never a secret (as the SDK reads it).
    resource.props = readFields(r, structEntries(r, properties.end), [], walk);
    resource.secretPaths = walk.secretPaths;
    resource.hasUnknowns = walk.hasUnknowns;
  }
  r.pos = end;
  return resource;
}

const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/** The resource of an AnalyzeRequest, from its bytes. */
export function readAnalyzeRequest(bytes: Uint8Array): WireResource {
  const buf = asBuffer(bytes);
  return readResource(new Reader(buf), buf.length);
}

/**
 * The resources of an AnalyzeStackRequest (field 1, repeated), from its bytes, handed to `each` one
 * at a time as they are read.
 */
export function readAnalyzeStackRequest<T>(bytes: Uint8Array, each: (resource: WireResource) => T): T[] {
  const buf = asBuffer(bytes);
  const r = new Reader(buf);
  const read: T[] = [];
  while (r.pos < buf.length) {
    const tag = r.varint();
    if (tag !== (1 << 3) + LENGTH_DELIMITED) {
      r.skip(tag & 7);
      continue;
    }
    const end = r.span();
    read.push(each(readResource(r, end)));
    r.pos = end;
  }
  return read;
}
