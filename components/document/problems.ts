import type { z } from "zod";
import { catalog, type Kind } from "../model/catalog";
import { describeIssues, formatPath } from "../model/describe-issues";
import { nearest } from "../../policies/framework/config-validation";
import { memberKinds, type MemberList, memberLists } from "./schema";
import type { SourceText } from "./source";

/** One problem of a document, at the line and column of the offending value in the file. */
export interface DocumentProblem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Where in the document, e.g. `["mediationServers", 0, "args", "external", "ip"]`; empty for the whole file. */
  path: (string | number)[];
  /** One sentence naming the component, the field, the value given and what is allowed. */
  message: string;
  /** `file:line:column: message`, as compilers print it and editors link it. */
  text: string;
}

export function problemAt(file: string, position: { line: number; column: number }, path: (string | number)[], message: string): DocumentProblem {
  return { file, ...position, path, message, text: `${file}:${position.line}:${position.column}: ${message}` };
}

const DOCUMENT = "The topology document";
const documentKeys = ["apiVersion", "topology", ...memberLists];

function plainPath(path: ReadonlyArray<PropertyKey>): (string | number)[] {
  return path.map((k) => (typeof k === "number" ? k : String(k)));
}

/** How messages name a member: `Mediation Server "med-redmond"`, or by its place when it has no usable name. */
function subjectOf(kind: Kind, name: unknown, place: string): string {
  return typeof name === "string" && name !== "" ? `${catalog[kind].label} "${name}"` : `the ${catalog[kind].label} at ${place}`;
}

/** The component an issue path lies in (`topology.args` or `<list>.<index>.args`), with its own part of the path. */
function memberOf(document: Record<string, unknown>, path: ReadonlyArray<PropertyKey>) {
  const [list, index, field] = path;
  if (list === "topology" && index === "args") {
    const entry = document.topology as { name?: unknown; args?: unknown } | undefined;
    return { subject: subjectOf("topology", entry?.name, "topology"), args: entry?.args, rest: path.slice(2) };
  }
  if (typeof list === "string" && list in memberKinds && typeof index === "number" && field === "args") {
    const entries = document[list];
    const entry = Array.isArray(entries) ? (entries[index] as { name?: unknown; args?: unknown } | undefined) : undefined;
    return { subject: subjectOf(memberKinds[list as MemberList], entry?.name, `${list}.${index}`), args: entry?.args, rest: path.slice(3) };
  }
  return undefined;
}

function unknownKeySentence(key: string, where: ReadonlyArray<PropertyKey>): string {
  if (where.length === 0) {
    const guess = nearest(key, documentKeys);
    return guess === undefined
      ? `${DOCUMENT} has no field "${key}"; its fields are apiVersion, topology and the member lists (${memberLists.join(", ")}).`
      : `${DOCUMENT} has no field "${key}"; did you mean "${guess}"?`;
  }
  return `${DOCUMENT}: field ${formatPath([...where, key])} is not part of a member; a member has only name and args.`;
}

/**
 * One problem per zod issue of the document schema, in the wording of the components: an issue
 * inside a member's `args` names that component (`Mediation Server "med-redmond": field
 * external.ip is "10.1.20.300"; it must be an IPv4 address such as 10.0.1.10.`), any other names
 * the document.
 */
export function schemaProblems(file: string, source: SourceText, issues: readonly z.core.$ZodIssue[]): DocumentProblem[] {
  const document = (source.value ?? {}) as Record<string, unknown>;
  return issues.flatMap((issue) => {
    const member = typeof source.value === "object" && source.value !== null ? memberOf(document, issue.path) : undefined;
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        const message =
          member === undefined
            ? unknownKeySentence(key, issue.path)
            : (describeIssues(member.subject, [{ ...issue, keys: [key], path: member.rest }], member.args)[0] ?? "");
        return problemAt(file, source.locate(path, "key"), plainPath(path), message);
      });
    }
    const message =
      member === undefined
        ? issue.path.length === 0
          ? `${DOCUMENT} is ${source.value === undefined || source.value === null ? "empty" : JSON.stringify(source.value).slice(0, 40)}; it must be a mapping that starts with apiVersion: ocs-guard/v1 and topology.`
          : (describeIssues(DOCUMENT, [issue], document)[0] ?? "")
        : (describeIssues(member.subject, [{ ...issue, path: member.rest }], member.args)[0] ?? "");
    return [problemAt(file, source.locate(issue.path), plainPath(issue.path), message)];
  });
}
