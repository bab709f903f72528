import { catalog } from "../model/catalog";
import { type DocumentProblem, problemAt, schemaProblems } from "./problems";
import { memberKinds, memberLists, type MemberList, type TopologyDocument, topologyDocumentSchema } from "./schema";
import { type DocumentPath, type LocateTarget, readSource, type SourcePosition, type SourceText } from "./source";

/** A document that passed its schema, with where each of its values stands in the file. */
export interface ParsedTopologyDocument {
  ok: true;
  /** The document as written (values are not normalised: the components and policies do that). */
  document: TopologyDocument;
  fileName: string;
  /** Line and column of any path of the document; see {@link SourceText.locate}. */
  locate(path: DocumentPath, target?: LocateTarget): SourcePosition;
}

export interface RejectedTopologyDocument {
  ok: false;
  /** Every problem found, in the order of the file. */
  problems: DocumentProblem[];
}

export type TopologyDocumentParse = ParsedTopologyDocument | RejectedTopologyDocument;

function syntaxProblems(fileName: string, source: SourceText): DocumentProblem[] {
  return source.syntaxProblems.map(({ position, code, message, key }) =>
    problemAt(
      fileName,
      position,
      [],
      code === "DUPLICATE_KEY"
        ? `The key ${key === undefined ? "" : `"${key}" `}appears twice in one mapping; a key may be given only once.`
        : `The document is not valid YAML or JSON: ${message.replace(/\.$/, "")}.`,
    ),
  );
}

/** Two members of one kind with one name would be one resource URN, which the engine refuses. */
function duplicateNames(fileName: string, document: TopologyDocument, source: SourceText): DocumentProblem[] {
  return memberLists.flatMap((list: MemberList) => {
    const seen = new Set<string>();
    return (document[list] ?? []).flatMap((member, index) => {
      if (!seen.has(member.name)) {
        seen.add(member.name);
        return [];
      }
      const path = [list, index, "name"];
      const label = catalog[memberKinds[list]].label;
      const message = `Two members of ${list} are named "${member.name}"; each ${label} needs a name of its own (it is the resource's name in the stack).`;
      return [problemAt(fileName, source.locate(path), path, message)];
    });
  });
}

function byPlace(a: DocumentProblem, b: DocumentProblem): number {
  return a.line - b.line || a.column - b.column;
}

/**
 * Reads a topology document (YAML or JSON) and checks it against its schema. Every problem names
 * the line and column of the offending value, prefixed `fileName:line:column:`; problems in a
 * member's args are worded as the component words them.
 *
 * @param fileName How problems name the file (as the user gave it, e.g. `topology.yaml`).
 */
export function parseTopologyDocument(text: string, fileName: string): TopologyDocumentParse {
  const source = readSource(text);
  if (source.syntaxProblems.length > 0) return { ok: false, problems: syntaxProblems(fileName, source).sort(byPlace) };
  const result = topologyDocumentSchema.safeParse(source.value);
  if (!result.success) return { ok: false, problems: schemaProblems(fileName, source, result.error.issues).sort(byPlace) };
  const document = source.value as TopologyDocument;
  const duplicates = duplicateNames(fileName, document, source);
  if (duplicates.length > 0) return { ok: false, problems: duplicates };
  return { ok: true, document, fileName, locate: source.locate };
}
