import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { parseTopologyDocument, readTopologyDocument, TopologyDocumentError } from "../../components/document";

const FIXTURES = join(__dirname, "../fixtures/documents");

/** The problems of a fixture file, as `file:line:column: sentence`. */
function problemsOf(file: string): string[] {
  const parsed = parseTopologyDocument(readFileSync(join(FIXTURES, file), "utf8"), file);
  return parsed.ok ? [] : parsed.problems.map((p) => p.text);
}

describe("a document's problems point at the line and column of the offending value", () => {
  it("a value of the wrong type, and a value outside its format, name their component and field", () => {
    expect(problemsOf("wrong-type.yaml")).toEqual([
      'wrong-type.yaml:14:81: Mediation Server "med-redmond": field internal.port is "5061"; it must be a port number.',
      'wrong-type.yaml:15:42: Mediation Server "med-redmond": field external.ip is "10.1.20.300"; it must be an IPv4 address such as 10.0.1.10.',
    ]);
  });

  it("in JSON as in YAML", () => {
    expect(problemsOf("wrong-type.json")).toEqual([
      'wrong-type.json:2:17: The topology document: field apiVersion is "ocs-guard/v2"; it must be ocs-guard/v1, the version of the topology document format.',
      'wrong-type.json:5:56: Topology "contoso": field sipDomains is "contoso.com"; it must be an array.',
    ]);
  });

  it("an unknown key points at the key: a misspelt list gets the nearest name, a field outside the model is refused", () => {
    expect(problemsOf("unknown-key.yaml")).toEqual([
      'unknown-key.yaml:8:1: The topology document has no field "clientEncryptionPolicy"; did you mean "clientEncryptionPolicies"?',
      'unknown-key.yaml:16:7: client encryption policy "client-encryption-global": field privateKey is not part of the model; remove it (key material and unknown settings are refused).',
    ]);
  });

  it("a missing field points at the mapping it belongs in", () => {
    expect(problemsOf("missing-field.yaml")).toEqual([
      'missing-field.yaml:5:5: Topology "contoso": field sipDomains is missing; it must be an array.',
      "missing-field.yaml:8:5: The topology document: field locationProfiles.0.name is missing; it must be the component's resource name, a string such as med-redmond.",
      'missing-field.yaml:11:7: location profile "lp-dublin": field exchangeUm is missing; it must be a boolean.',
    ]);
  });

  it("bad YAML syntax is reported where the reader stopped, before any schema check", () => {
    expect(problemsOf("bad-syntax.yaml")).toEqual([
      "bad-syntax.yaml:7:5: The document is not valid YAML or JSON: Flow sequence in block collection must be sufficiently indented and end with a ].",
    ]);
  });

  it("a key given twice is refused, not silently overwritten", () => {
    expect(problemsOf("duplicate-key.yaml")).toEqual([
      'duplicate-key.yaml:8:5: The key "organization" appears twice in one mapping; a key may be given only once.',
    ]);
  });
});

describe("parseTopologyDocument on odd input", () => {
  const topology = 'apiVersion: ocs-guard/v1\ntopology: {name: contoso, args: {organization: Contoso, sipDomains: [contoso.com], sites: [redmond]}}\n';

  it("an empty file, and a file that is not a mapping, say what a document must be", () => {
    for (const [text, found] of [["", "empty"], ["- a\n- b\n", '["a","b"]']] as const) {
      const parsed = parseTopologyDocument(text, "t.yaml");
      expect(parsed.ok ? [] : parsed.problems.map((p) => p.text)).toEqual([
        `t.yaml:1:1: The topology document is ${found}; it must be a mapping that starts with apiVersion: ocs-guard/v1 and topology.`,
      ]);
    }
  });

  it("two members of one kind with one name (one URN in the stack) are refused at the second name", () => {
    const text = `${topology}locationProfiles:\n  - {name: lp, args: {name: a.contoso.com, exchangeUm: true}}\n  - {name: lp, args: {name: b.contoso.com, exchangeUm: true}}\n`;
    const parsed = parseTopologyDocument(text, "t.yaml");
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.text)).toEqual([
      't.yaml:5:12: Two members of locationProfiles are named "lp"; each location profile needs a name of its own (it is the resource\'s name in the stack).',
    ]);
  });

  it("a second YAML document in the file is refused", () => {
    const parsed = parseTopologyDocument(`${topology}---\n${topology}`, "t.yaml");
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.problems[0]?.text).toMatch(/^t\.yaml:3:1: The document is not valid YAML or JSON: /);
  });

  it("locates any path of a parsed document, and the deepest existing part of one that goes further", () => {
    const parsed = parseTopologyDocument(topology, "t.yaml");
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.text).join("\n"));
    expect(parsed.locate(["topology", "args", "sipDomains", 0])).toEqual({ line: 2, column: 70 });
    expect(parsed.locate(["topology", "args", "sipDomains"], "key")).toEqual({ line: 2, column: 57 });
    expect(parsed.locate(["topology", "args", "nothing", "here"])).toEqual({ line: 2, column: 33 });
    expect(parsed.locate([])).toEqual({ line: 1, column: 1 });
  });
});

describe("readTopologyDocument", () => {
  it("reads a file, and refuses a bad one with a Pulumi run error (its sentences, no stack trace)", () => {
    expect(readTopologyDocument(join(FIXTURES, "../../../examples/reference/topology.yaml")).document.topology.name).toBe("contoso");
    let error: unknown;
    try {
      readTopologyDocument(join(FIXTURES, "duplicate-key.yaml"), "duplicate-key.yaml");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TopologyDocumentError);
    expect(pulumi.RunError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe('duplicate-key.yaml:8:5: The key "organization" appears twice in one mapping; a key may be given only once.');
  });

  it("says so when the file cannot be read", () => {
    expect(() => readTopologyDocument(join(FIXTURES, "no-such-file.yaml"), "no-such-file.yaml")).toThrow(
      "no-such-file.yaml: The topology document cannot be read: there is no such file.",
    );
  });
});
