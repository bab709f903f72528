import { readFileSync } from "node:fs";
import { parseTopologyDocument } from "../../components/document";
import { exampleDocumentPath, exampleDocuments, renderExampleDocument } from "../../examples/documents";
import { violationExamples } from "../../examples/violations/catalog";

/**
 * The committed documents of the examples are their specs written out: the tests judge the specs,
 * the example programs and `ocs-guard check` read the documents, so the two must not drift.
 */
const examples = exampleDocuments();

describe("the example documents", () => {
  it("are the reference topology and one per violation example", () => {
    expect(examples.map((e) => e.folder)).toEqual(["reference", ...violationExamples.map((v) => `violations/${v.id}`)]);
  });

  it.each(examples.map((e) => [e.folder, e] as const))("examples/%s/topology.yaml is its spec, written by npm run documents", (folder, example) => {
    const committed = readFileSync(exampleDocumentPath(folder), "utf8");
    expect(committed).toBe(renderExampleDocument(example));
    const parsed = parseTopologyDocument(committed, `examples/${folder}/topology.yaml`);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.text).join("\n"));
    expect(parsed.document).toEqual(JSON.parse(JSON.stringify(example.document)));
    expect(committed.split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+ocs-topology\.schema\.json$/);
  });
});
