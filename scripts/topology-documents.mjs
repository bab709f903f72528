// Writes examples/reference/topology.yaml and examples/violations/<ID>/topology.yaml from the
// specs in examples/ (run `npm run build` first; `npm run documents` does both).
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { exampleDocumentPath, exampleDocuments, renderExampleDocument } = require("../dist/examples/documents.js");

for (const example of exampleDocuments()) {
  writeFileSync(exampleDocumentPath(example.folder), renderExampleDocument(example));
}
console.error(`topology-documents: wrote ${exampleDocuments().length} documents.`);
