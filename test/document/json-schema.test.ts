import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { renderTopologyDocumentJsonSchema, topologyDocumentJsonSchema } from "../../components/document";
import { exampleDocumentPath, exampleDocuments } from "../../examples/documents";
import { schemaCommand } from "../../cli/schema-command";

const REPO = join(__dirname, "../..");
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(topologyDocumentJsonSchema());

function reference(): Record<string, unknown> {
  return parse(readFileSync(exampleDocumentPath("reference"), "utf8")) as Record<string, unknown>;
}

function errorsOf(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
}

describe("the JSON Schema of a topology document", () => {
  it("is the committed ocs-topology.schema.json (regenerate it with npm run schema)", () => {
    expect(readFileSync(join(REPO, "ocs-topology.schema.json"), "utf8")).toBe(renderTopologyDocumentJsonSchema());
  });

  it.each(exampleDocuments().map((e) => [e.folder] as const))("accepts examples/%s/topology.yaml", (folder) => {
    expect(errorsOf(parse(readFileSync(exampleDocumentPath(folder), "utf8")))).toEqual([]);
  });

  it("refuses a document without apiVersion, with an unknown list, or with a value of the wrong type", () => {
    const noVersion = reference();
    delete noVersion.apiVersion;
    expect(errorsOf(noVersion)).toContain(" must have required property 'apiVersion'");
    expect(errorsOf({ ...reference(), mediationServer: [] })).toContain(" must NOT have additional properties");
    const wrongPort = reference() as { mediationServers: { args: { internal: { port: unknown } } }[] };
    const first = wrongPort.mediationServers[0];
    if (first === undefined) throw new Error("the reference has Mediation Servers");
    first.args.internal.port = "5061";
    expect(errorsOf(wrongPort)).toContain("/mediationServers/0/args/internal/port must be integer");
  });

  it("refuses an unknown field inside a component's model and an address that is not IPv4", () => {
    const document = reference() as { edgeServers: { args: Record<string, unknown> & { internalInterface: { ip: string } } }[] };
    const edge = document.edgeServers[0];
    if (edge === undefined) throw new Error("the reference has an Edge Server");
    edge.args.privateKey = "-----BEGIN PRIVATE KEY-----";
    edge.args.internalInterface.ip = "10.1.5.300";
    const errors = errorsOf(document);
    expect(errors).toContain("/edgeServers/0/args must NOT have additional properties");
    expect(errors).toContain('/edgeServers/0/args/internalInterface/ip must match format "ipv4"');
  });
});

describe("ocs-guard schema", () => {
  it("prints the schema, and --check tells a stale file from a current one", () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => (written.push(String(chunk)), true));
    const errSpy = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(schemaCommand([])).toBe(0);
      expect(JSON.parse(written.join(""))).toEqual(topologyDocumentJsonSchema());
      expect(schemaCommand(["--check", join(REPO, "ocs-topology.schema.json")])).toBe(0);
      expect(schemaCommand(["--check", join(REPO, "package.json")])).toBe(1);
      expect(schemaCommand(["--write", "a.json", "--check", "b.json"])).toBe(2);
    } finally {
      spy.mockRestore();
      errSpy.mockRestore();
    }
  });
});
