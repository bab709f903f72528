import { readFileSync } from "node:fs";
import * as pulumi from "@pulumi/pulumi";
import { type ParsedTopologyDocument, parseTopologyDocument } from "./parse";
import type { DocumentProblem } from "./problems";

/**
 * A document that cannot be read or breaks its schema: one `file:line:column: sentence` line per
 * problem. It is a Pulumi run error, so a program that loads a bad document ends with those lines
 * and no stack trace.
 */
export class TopologyDocumentError extends pulumi.RunError {
  constructor(public readonly problems: readonly DocumentProblem[]) {
    super(problems.map((p) => p.text).join("\n"));
    this.name = "TopologyDocumentError";
  }
}

const readFailures: Record<string, string> = {
  ENOENT: "there is no such file",
  EISDIR: "it is a folder, not a file",
  EACCES: "permission to read it is denied",
  EPERM: "permission to read it is denied",
};

/**
 * Reads and checks the topology document at `path`; throws {@link TopologyDocumentError} with every
 * problem when it cannot be read or breaks its schema.
 *
 * @param fileName How problems name the file (default: `path` as given).
 */
export function readTopologyDocument(path: string, fileName: string = path): ParsedTopologyDocument {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = (typeof code === "string" ? readFailures[code] : undefined) ?? (error instanceof Error ? error.message : String(error));
    const message = `The topology document cannot be read: ${reason}.`;
    throw new TopologyDocumentError([{ file: fileName, line: 1, column: 1, path: [], message, text: `${fileName}: ${message}` }]);
  }
  const parsed = parseTopologyDocument(text, fileName);
  if (!parsed.ok) throw new TopologyDocumentError(parsed.problems);
  return parsed;
}
