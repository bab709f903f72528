import { join, posix } from "node:path";
import { stringify } from "yaml";
import type { TopologyDocument } from "../components/document";
import { packageRoot } from "../cli/package-root";
import { referenceSpec } from "./reference/spec";
import { violationExamples } from "./violations/catalog";

/**
 * The topology documents of the examples (`examples/<folder>/topology.yaml`), written out from the
 * specs the tests use, so that the examples, the tests and `ocs-guard check` share one topology.
 * `npm run documents` writes them; a test fails when one no longer matches its spec.
 */

/** The JSON Schema at the repository root, which editors use to complete and check a document. */
export const SCHEMA_FILE = "ocs-topology.schema.json";

export interface ExampleDocument {
  /** The example's folder under `examples/`, e.g. `violations/OCS-GW-1`. */
  folder: string;
  /** What the document is, for its opening comment. */
  title: string;
  document: TopologyDocument;
}

/** The path of an example's document in this repository, from the sources or from `dist/`. */
export function exampleDocumentPath(folder: string): string {
  return join(packageRoot(__dirname), "examples", folder, "topology.yaml");
}

/** Every example that has a document: the reference topology and each violation example. */
export function exampleDocuments(): ExampleDocument[] {
  return [
    { folder: "reference", title: "The ocs-guard reference topology: Contoso's OCS 2007 R2 deployment, compliant with every policy.", document: referenceSpec() },
    ...violationExamples.map((example) => {
      const document = referenceSpec();
      example.mutate(document);
      return {
        folder: `violations/${example.id}`,
        title: `The reference topology with one change that breaks ${example.id} (${example.level} policy ${example.policy} on ${example.resource}): ${example.description}`,
        document,
      };
    }),
  ];
}

/** An example's document as YAML: the schema line for editors, what it is, then the document. */
export function renderExampleDocument({ folder, title, document }: ExampleDocument): string {
  const schema = posix.relative(posix.join("examples", folder), SCHEMA_FILE);
  return [
    `# yaml-language-server: $schema=${schema}`,
    `# ${title}`,
    "# Written by `npm run documents` from the example's spec; edit the spec, not this file.",
    stringify(JSON.parse(JSON.stringify(document)), { lineWidth: 0 }),
  ].join("\n");
}
