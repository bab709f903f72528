import { stringify } from "yaml";
import { parseTopologyDocument, type TopologyDocument } from "../../components/document";

const minimal: TopologyDocument = {
  apiVersion: "ocs-guard/v1",
  topology: { name: "contoso", args: { organization: "Contoso", sipDomains: ["contoso.com"], sites: ["redmond"] } },
  clientEncryptionPolicies: [{ name: "client-encryption-global", args: { level: "required", appliesTo: "global" } }],
};

function problems(text: string): string[] {
  const parsed = parseTopologyDocument(text, "topology.yaml");
  if (parsed.ok) throw new Error("expected problems");
  return parsed.problems.map((p) => p.text);
}

describe("parseTopologyDocument", () => {
  it("reads a YAML document and returns it as written", () => {
    const parsed = parseTopologyDocument(stringify(minimal), "topology.yaml");
    expect(parsed.ok && parsed.document).toEqual(minimal);
  });

  it("reads the same document written as JSON", () => {
    const parsed = parseTopologyDocument(JSON.stringify(minimal, null, 2), "topology.json");
    expect(parsed.ok && parsed.document).toEqual(minimal);
  });

  it("names the component, the field, the value and the line and column of a wrong value", () => {
    const text = stringify({ ...minimal, clientEncryptionPolicies: [{ name: "cep", args: { level: "maybe", appliesTo: "global" } }] });
    const line = text.split("\n").findIndex((l) => l.includes("level: maybe")) + 1;
    const column = (text.split("\n")[line - 1] ?? "").indexOf("maybe") + 1;
    expect(problems(text)).toEqual([
      `topology.yaml:${line}:${column}: client encryption policy "cep": field level is "maybe"; it must be one of "rejected", "optional", "required".`,
    ]);
  });
});
