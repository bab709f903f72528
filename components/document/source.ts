import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLError } from "yaml";

/**
 * A document's text read as YAML (JSON is YAML too), keeping where every value stands so that a
 * problem can name the line and column of the offending value in the file.
 */

/** A place in the file; both 1-based. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A path into the document, as zod reports it: keys of mappings and indexes of sequences. */
export type DocumentPath = ReadonlyArray<PropertyKey>;

/** Which end of a mapping entry to point at: the value (the default) or its key. */
export type LocateTarget = "value" | "key";

export interface SourceText {
  /** The document as plain data (mappings as objects, sequences as arrays). */
  value: unknown;
  /** Syntax errors and warnings of the YAML reader, each at its place. */
  syntaxProblems: { position: SourcePosition; code: string; message: string; key?: string }[];
  /**
   * Where `path` stands in the file. A path that goes further than the document (a missing field)
   * gives the place of its deepest existing part, so a problem still points where to add it.
   */
  locate(path: DocumentPath, target?: LocateTarget): SourcePosition;
}

/** Aliases expanded into more values than this are refused (a "billion laughs" document). */
const MAX_ALIAS_COUNT = 100;

function positionOf(counter: LineCounter, offset: number): SourcePosition {
  const { line, col } = counter.linePos(offset);
  // Line 0 means no newline came before the offset: it is on the first line.
  return line === 0 ? { line: 1, column: offset + 1 } : { line, column: col };
}

/** The entry of a mapping or sequence `node` at `segment`, with its key node when it has one. */
function child(node: unknown, segment: PropertyKey): { key?: Node; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
    return pair === undefined ? undefined : { key: pair.key as Node, value: pair.value };
  }
  if (isSeq(node)) {
    const index = Number(segment);
    return Number.isInteger(index) && index >= 0 && index < node.items.length ? { value: node.items[index] } : undefined;
  }
  return undefined;
}

function startOf(node: unknown): number | undefined {
  if (node === null || typeof node !== "object" || !("range" in node)) return undefined;
  const range = (node as Node).range;
  return range ? range[0] : undefined;
}

/** The key written at `offset` (plain or quoted), for a duplicate-key message. */
function keyAt(text: string, offset: number): { key?: string } {
  const match = /^(?:"([^"\n]*)"|'([^'\n]*)'|([^:#\n]*?))\s*:/.exec(text.slice(offset));
  const key = match?.[1] ?? match?.[2] ?? match?.[3];
  return key === undefined || key === "" ? {} : { key };
}

/** Reads `text` as one YAML (or JSON) document: its value, its syntax problems and a locator. */
export function readSource(text: string): SourceText {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true, strict: true });
  const describe = (e: YAMLError): SourceText["syntaxProblems"][number] => ({
    position: positionOf(counter, e.pos[0]),
    code: e.code,
    message: e.message,
    ...(e.code === "DUPLICATE_KEY" ? keyAt(text, e.pos[0]) : {}),
  });
  const syntaxProblems = [...doc.errors, ...doc.warnings].map(describe);
  let value: unknown = undefined;
  if (doc.errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      syntaxProblems.push({
        position: { line: 1, column: 1 },
        code: "ALIAS_COUNT",
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  const locate = (path: DocumentPath, target: LocateTarget = "value"): SourcePosition => {
    let node: unknown = doc.contents;
    let offset = startOf(node) ?? 0;
    for (const [i, segment] of path.entries()) {
      const next = child(node, segment);
      if (next === undefined) break;
      const last = i === path.length - 1;
      const keyStart = startOf(next.key);
      const valueStart = startOf(next.value);
      // A key with no value (`ip:` and nothing after it) points at the key.
      offset = (last && target === "key" ? keyStart : (valueStart ?? keyStart)) ?? offset;
      node = next.value;
    }
    return positionOf(counter, offset);
  };
  return { value, syntaxProblems, locate };
}
