import { z } from "zod";
import { topologyDocumentSchema } from "./schema";

/** The string formats of draft-07 that validators and editors know. */
const STANDARD_FORMATS = new Set(["date", "date-time", "time", "email", "hostname", "ipv4", "ipv6", "uri", "uri-reference", "regex"]);

/**
 * The JSON Schema of a topology document, generated from the zod models, for editors (draft-07,
 * which the YAML language server and most JSON tools read). It describes what a document may be
 * written as (the input side of each model); the checks zod cannot express in JSON Schema (a port
 * range that starts above its end, cross-field rules) are left to `ocs-guard` itself.
 */
export function topologyDocumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(topologyDocumentSchema, {
    target: "draft-7",
    io: "input",
    // zod names formats JSON Schema does not define (cidrv4); their pattern, kept beside them, says it all.
    override: ({ jsonSchema }) => {
      if (typeof jsonSchema.format === "string" && !STANDARD_FORMATS.has(jsonSchema.format)) delete jsonSchema.format;
    },
  }) as Record<string, unknown>;
}

/** The schema as the file `ocs-topology.schema.json` holds it. */
export function renderTopologyDocumentJsonSchema(): string {
  return `${JSON.stringify(topologyDocumentJsonSchema(), null, 2)}\n`;
}
