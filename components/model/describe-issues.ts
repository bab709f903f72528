import type { z } from "zod";
import { requirementOf } from "./issue-wording";
import { leafValues, maskPaths, redactText, SECRET_MARK } from "./redact";

/** A path into a model, as zod reports it. */
export type ModelPath = ReadonlyArray<PropertyKey>;

export function formatPath(path: ModelPath): string {
  return path.length === 0 ? "(the whole model)" : path.map(String).join(".");
}

/** Reads the value found at a path, for messages; undefined when the path does not exist. */
export function valueAt(root: unknown, path: ModelPath): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function show(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === SECRET_MARK) return SECRET_MARK;
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Turns zod issues into one full sentence each, naming the component, the field, the value given
 * and what is allowed: `Mediation Server "med-1": field external.ip is "10.0.2.300"; it must be an
 * IPv4 address such as 10.0.1.10.`
 *
 * A value at or under one of `secretPaths` (the user marked it secret) is shown as `[secret]`, and
 * no sentence quotes it elsewhere either.
 */
export function describeIssues(
  subject: string,
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  secretPaths: ReadonlyArray<ModelPath> = [],
): string[] {
  const shown = maskPaths(input, secretPaths);
  const secrets = secretPaths.flatMap((p) => leafValues(valueAt(input, p)));
  const sentences = issues.map((issue) => {
    if (issue.code === "unrecognized_keys") {
      const fields = issue.keys.map((k) => formatPath([...issue.path, k])).join(", ");
      return `${subject}: ${issue.keys.length === 1 ? "field" : "fields"} ${fields} ${
        issue.keys.length === 1 ? "is" : "are"
      } not part of the model; remove ${issue.keys.length === 1 ? "it" : "them"} (key material and unknown settings are refused).`;
    }
    const value = valueAt(input, issue.path);
    const sentence = `${subject}: field ${formatPath(issue.path)} is ${show(valueAt(shown, issue.path))}; ${requirementOf(issue, value)}.`;
    return secrets.length > 0 ? redactText(sentence, secrets) : sentence;
  });
  // Two checks of one field can say the same thing (a host name that is also not fully qualified).
  return [...new Set(sentences)];
}
