import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { ocsGuard } from "./in-process";
import { referenceSpec, type ReferenceSpec } from "../../examples/reference/spec";
import { violation } from "../../examples/violations/catalog";
import { previewDiagram } from "../../cli/diagram/from-events";
import { parseEvents } from "../../cli/events";
import { fixture } from "./catalog-fixture";
import { classMembers, labelOf, linkBetween } from "./diagram/read-mermaid";
import { catalog } from "./diagram/verdicts";


const REPO = join(__dirname, "../..");
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "ocs-guard-diagram-"));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes a spec as a topology document (YAML) and returns its path. */
function documentOf(spec: ReferenceSpec, name: string): string {
  const path = join(folder, name);
  writeFileSync(path, stringify(spec));
  return path;
}

describe("ocs-guard diagram FILE", () => {
  it("prints the reference topology document as a flowchart", async () => {
    const result = await ocsGuard("diagram", join(REPO, "examples/reference/topology.yaml"));
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(/^flowchart TB\n {2}subgraph T_contoso\["Topology contoso \(Contoso\)"\]\n/);
    expect(linkBetween(result.stdout, "med_med_redmond", "gw_gw_redmond")?.line).toContain("external 10.1.20.5:5060 tls to 10.1.20.20:5061 tls");
    expect(result.stdout).not.toContain("classDef violated");
  });

  it("judges the document with the pack: a violation is red with its requirement ID, and the exit code stays 0", async () => {
    const result = await ocsGuard("diagram", join(REPO, "examples/violations/OCS-GW-3/topology.yaml"));
    expect(result.code).toBe(0);
    expect(classMembers(result.stdout, "violated").sort()).toEqual(["gw_gw_dublin", "med_med_dublin"]);
    expect(labelOf(result.stdout, "gw_gw_dublin")).toContain("violates OCS-GW-3");
    expect(linkBetween(result.stdout, "med_med_dublin", "gw_gw_dublin")?.red).toBe(true);
    // The very picture the summary of a real preview of examples/violations/OCS-GW-3 holds.
    const events = parseEvents(readFileSync(fixture("pulumi-violation-gw3.jsonl"), "utf8"), catalog);
    expect(result.stdout).toBe(/```mermaid\n([\s\S]*?)```/.exec(previewDiagram(events, catalog))?.[1]);
  });

  it("--plain draws without judging; --format markdown prints the summary's section", async () => {
    const spec = referenceSpec();
    violation("OCS-GW-3").mutate(spec);
    const file = documentOf(spec, "gw3-plain.yaml");
    expect((await ocsGuard("diagram", file, "--plain")).stdout).not.toContain("violated");
    const markdown = await ocsGuard("diagram", file, "--format", "markdown");
    expect(markdown.stdout).toMatch(/^### Topology\n\n```mermaid\nflowchart TB\n[\s\S]*class med_med_dublin,gw_gw_dublin violated\n[\s\S]*```\n\nRed: /);
  });

  it("says what it folded in comment lines, and keeps to the limits it is given", async () => {
    const spec = referenceSpec();
    violation("OCS-GW-3").mutate(spec);
    const result = await ocsGuard("diagram", documentOf(spec, "gw3-small.yaml"), "--max-nodes", "10", "--direction", "LR");
    expect(result.stdout).toMatch(/^flowchart LR\n/);
    expect(result.stdout).toContain('site_contoso_redmond["site redmond: 10 components, compliant"]');
    expect(result.stdout.endsWith("\n%% 1 compliant site is drawn as one node each.\n")).toBe(true);
  });

  it("refuses a document with problems, naming each at its line and column, and draws nothing", async () => {
    const spec = referenceSpec();
    const file = documentOf(spec, "bad.yaml");
    writeFileSync(file, stringify(spec).replace("transport: mtls", "transport: udp"));
    const result = await ocsGuard("diagram", file);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+: .*transport.*"udp"`));
    expect(result.stderr).toContain("is not a topology document that can be drawn; nothing was drawn.");
  });

  it.each([
    [["diagram"], "give exactly one topology document to draw; none was given"],
    [["diagram", "a.yaml", "b.yaml"], "2 were given"],
    [["diagram", "missing.yaml"], "cannot read missing.yaml (no such file)"],
    [["diagram", "x.yaml", "--format", "svg"], '--format must be mermaid or markdown, not "svg"'],
    [["diagram", "x.yaml", "--max-nodes", "0"], '--max-nodes must be a whole number above 0, not "0"'],
  ])("answers %j with exit 2 and one sentence", async (args, sentence) => {
    const result = await ocsGuard(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(sentence);
    expect(result.stdout).toBe("");
  });

  it("is listed in the usage and has its own help", async () => {
    expect((await ocsGuard("--help")).stdout).toMatch(/\n {2}diagram +draw a topology document as a Mermaid flowchart/);
    expect((await ocsGuard("diagram", "--help")).stdout).toContain("Usage: ocs-guard diagram FILE");
  });
});

describe("ocs-guard diagram FILE --policy-pack-config", () => {
  it("judges with the configuration check and preview read: a disabled policy leaves the picture unmarked", async () => {
    const config = join(folder, "disabled.json");
    writeFileSync(config, JSON.stringify({ "media-gateway-require-tls": "disabled" }));
    const file = join(REPO, "examples/violations/OCS-GW-3/topology.yaml");
    expect(classMembers((await ocsGuard("diagram", file)).stdout, "violated")).not.toEqual([]);
    const result = await ocsGuard("diagram", file, "--policy-pack-config", config);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(classMembers(result.stdout, "violated")).toEqual([]);
  });

  it("refuses a configuration the pack refuses, in one sentence", async () => {
    const config = join(folder, "misspelt.json");
    writeFileSync(config, JSON.stringify({ "media-gateway-require-tl": "disabled" }));
    const result = await ocsGuard("diagram", join(REPO, "examples/reference/topology.yaml"), "--policy-pack-config", config);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'ocs-guard diagram: the policy pack refused its configuration: The pack configuration names "media-gateway-require-tl", which is no policy of this pack; did you mean "media-gateway-require-tls"?\n',
    });
  });
});
