import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { documentResources, readTopologyDocument } from "../../components/document";
import { exampleDocumentPath } from "../../examples/documents";
import { checkVerdict, previewVerdict } from "./check-agreement";
import { describeWithPulumi, REPO, reportedViolations, TempStack } from "./pulumi";

jest.setTimeout(300_000);

/**
 * The code-free project of examples/code-free, as a team that writes no TypeScript has it: its
 * Pulumi.yaml (whose program is ocs-guard's document loader), ocs-guard installed in node_modules,
 * and a topology document. Previewed with the real CLI and the pack.
 */
async function codeFreeProject(): Promise<TempStack> {
  const stack = await TempStack.create(join(REPO, "dist/components/document/pulumi-program.js"));
  copyFileSync(join(REPO, "examples/code-free/Pulumi.yaml"), join(stack.projectDir, "Pulumi.yaml"));
  const modules = join(stack.projectDir, "node_modules");
  rmSync(modules);
  mkdirSync(modules);
  for (const entry of readdirSync(join(REPO, "node_modules"))) symlinkSync(join(REPO, "node_modules", entry), join(modules, entry));
  symlinkSync(REPO, join(modules, "ocs-guard"));
  // The file backend keeps stacks by project, and this is another project than create() made.
  const init = await stack.pulumi(["stack", "init", "e2e"]);
  if (init.code !== 0) throw new Error(`pulumi stack init failed:\n${init.output}`);
  return stack;
}

interface PreviewStep {
  newState?: { type: string; urn: string; parent?: string; inputs?: Record<string, unknown> };
}

describeWithPulumi("a code-free Pulumi project: a topology document and ocs-guard's loader", () => {
  let stack: TempStack;
  beforeAll(async () => {
    stack = await codeFreeProject();
  });
  afterAll(() => stack?.dispose());

  it("previews topology.yaml (the default document) with the pack: the reference passes, as ocs-guard check says", async () => {
    copyFileSync(exampleDocumentPath("reference"), join(stack.projectDir, "topology.yaml"));
    const eventLog = join(stack.root, "reference.jsonl");
    const result = await stack.previewWithEventLog(eventLog);
    expect(result.output).toContain("ocs:voice:MediationServer med-redmond create");
    expect(result.output).toMatch(/✅ ocs-guard@v\d+\.\d+\.\d+/);
    expect(reportedViolations(result.output).filter((v) => v.level === "mandatory")).toEqual([]);
    expect(result.code).toBe(0);
    expect(checkVerdict(join(stack.projectDir, "topology.yaml"))).toEqual(previewVerdict(eventLog));
  });

  it("registers each component as documentResources describes it: type, URN, parent and props", async () => {
    const result = await stack.pulumi(["preview", "--json"]);
    expect(result.code).toBe(0);
    const steps = (JSON.parse(result.stdout) as { steps: PreviewStep[] }).steps;
    const registered = steps.flatMap(({ newState }) =>
      newState === undefined || !newState.type.startsWith("ocs:")
        ? []
        : [{ type: newState.type, urn: newState.urn, parent: newState.parent, props: newState.inputs }],
    );
    const document = readTopologyDocument(exampleDocumentPath("reference")).document;
    const stackUrn = "urn:pulumi:e2e::ocs-code-free::pulumi:pulumi:Stack::ocs-code-free-e2e";
    const expected = documentResources(document, { stack: "e2e", project: "ocs-code-free" }).map((r) => ({
      type: r.type,
      urn: r.urn,
      parent: r.parent?.urn ?? stackUrn,
      props: r.props,
    }));
    expect(registered.sort((a, b) => a.urn.localeCompare(b.urn))).toEqual(expected.sort((a, b) => a.urn.localeCompare(b.urn)));
  });

  it("previews the document named by ocs-guard:document: a violation example fails on its policy and resource, as check says", async () => {
    copyFileSync(exampleDocumentPath("violations/OCS-GW-4"), join(stack.projectDir, "gw-4.yaml"));
    expect((await stack.pulumi(["config", "set", "ocs-guard:document", "gw-4.yaml"])).code).toBe(0);
    const eventLog = join(stack.root, "gw-4.jsonl");
    const result = await stack.previewWithEventLog(eventLog);
    expect(checkVerdict(join(stack.projectDir, "gw-4.yaml"))).toEqual(previewVerdict(eventLog));
    const violations = reportedViolations(result.output);
    expect(violations).toContainEqual({ level: "mandatory", policy: "mediation-server-require-two-nics", type: "ocs:voice:MediationServer", resource: "med-redmond" });
    expect(violations.filter((v) => v.level === "mandatory" && v.policy !== "mediation-server-require-two-nics")).toEqual([]);
    expect(result.code).not.toBe(0);
  });

  it("stops on a document with mistakes, one line per problem at its line and column, and no stack trace", async () => {
    copyFileSync(join(REPO, "test/fixtures/documents/wrong-type.yaml"), join(stack.projectDir, "broken.yaml"));
    expect((await stack.pulumi(["config", "set", "ocs-guard:document", "broken.yaml"])).code).toBe(0);
    const result = await stack.preview();
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('broken.yaml:14:81: Mediation Server "med-redmond": field internal.port is "5061"; it must be a port number.');
    expect(result.output).toContain('broken.yaml:15:42: Mediation Server "med-redmond": field external.ip is "10.1.20.300"; it must be an IPv4 address such as 10.0.1.10.');
    expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(readFileSync(join(stack.projectDir, "Pulumi.yaml"), "utf8")).toContain("dist/components/document/pulumi-program.js");
  });
});
