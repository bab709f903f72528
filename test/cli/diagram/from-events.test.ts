import { readFileSync } from "node:fs";
import { join } from "node:path";
import { previewDiagram, resourcesFromStates } from "../../../cli/diagram/from-events";
import { parseEvents, type ResourceState } from "../../../cli/events";
import { buildMarkdown } from "../../../cli/markdown";
import { SECRET_MARK } from "../../../components/model/redact";
import { specialSecretSig, specialSigKey } from "../../../policies/framework/sdk-internals";
import { UNKNOWN } from "../../harness/engine";
import { fixture } from "../catalog-fixture";
import { classMembers, labelOf, linkBetween } from "./read-mermaid";
import { catalog } from "./verdicts";

/** Real streams of pulumi 3.259 with this pack (see ../fixtures/README.md). */
const eventsOf = (name: string) => parseEvents(readFileSync(fixture(name), "utf8"), catalog);

describe("the stack's resources rebuilt from a preview's step events", () => {
  const states = new Map<string, ResourceState>([
    ["urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev", { type: "pulumi:pulumi:Stack", props: {} }],
    ["urn:pulumi:dev::p::ocs:index:Topology::contoso", { type: "ocs:index:Topology", parent: "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev", props: {} }],
    [
      "urn:pulumi:dev::p::ocs:index:Topology$ocs:voice:MediaGateway::gw::a",
      {
        type: "ocs:voice:MediaGateway",
        parent: "urn:pulumi:dev::p::ocs:index:Topology::contoso",
        props: { ip: { [specialSigKey]: specialSecretSig, ciphertext: "[secret]" }, nextHop: { ip: UNKNOWN, port: [{ [specialSigKey]: specialSecretSig }] } },
      },
    ],
  ]);
  const resources = resourcesFromStates(states);

  it("keeps each resource's type, name (which may hold ::), URN and parent", () => {
    const gateway = resources[2];
    expect(gateway?.name).toBe("gw::a");
    expect(gateway?.type).toBe("ocs:voice:MediaGateway");
    expect(gateway?.parent?.name).toBe("contoso");
    expect(gateway?.parent?.parent?.type).toBe("pulumi:pulumi:Stack");
  });

  it("turns the engine's secret envelopes into [secret] and keeps unknown values as the engine's sentinel", () => {
    expect(resources[2]?.props).toEqual({ ip: SECRET_MARK, nextHop: { ip: UNKNOWN, port: [SECRET_MARK] } });
  });
});

describe("the picture of a recorded preview", () => {
  it("of examples/violations/OCS-GW-3: the gateway, its Mediation Server and their link red with OCS-GW-3", () => {
    const section = previewDiagram(eventsOf("pulumi-violation-gw3.jsonl"), catalog);
    expect(classMembers(section, "violated").sort()).toEqual(["gw_gw_dublin", "med_med_dublin"]);
    expect(labelOf(section, "gw_gw_dublin")).toBe("Media gateway gw-dublin<br/>gw01.dublin.contoso.com<br/>violates OCS-GW-3");
    expect(linkBetween(section, "med_med_dublin", "gw_gw_dublin")).toEqual({
      line: 'med_med_dublin -->|"external 10.2.20.5:5060 tcp to 10.2.20.20:5061 tcp<br/>violates OCS-GW-3"| gw_gw_dublin',
      red: true,
    });
  });

  it("of examples/secret-values: [secret] where a secret value would be, none of the values, the waived Mediation Server in amber", () => {
    const section = previewDiagram(eventsOf("pulumi-secret-values.jsonl"), catalog);
    for (const value of ["10.1.30.77", "5077", "qz9"]) expect(section).not.toContain(value);
    expect(linkBetween(section, "med_med_redmond", "gw_gw_redmond")?.line).toContain(`to ${SECRET_MARK}:5061 tls`);
    // The Dublin Mediation Server's next hop is secret: the picture cannot say which pool it names.
    expect(section).toMatch(/>"pool \[secret\]<br\/>named by a secret value"\]/);
    expect(classMembers(section, "waived")).toEqual(["med_med_redmond"]);
    expect(labelOf(section, "med_med_redmond")).toContain("waived OCS-GW-4");
  });

  it("of examples/unknown-values: the Mediation Server dashed, its gateway links dashed, its address unknown", () => {
    const section = previewDiagram(eventsOf("pulumi-unknown-values-props.jsonl"), catalog);
    expect(classMembers(section, "unverified")).toEqual(["med_med_redmond"]);
    expect(classMembers(section, "violated")).toEqual([]);
    expect(labelOf(section, "med_med_redmond")).toBe("Mediation Server med-redmond<br/>med01.contoso.com<br/>not verifiable until update: external.ip unknown");
    expect(linkBetween(section, "med_med_redmond", "gw_trunk_litware")?.line).toBe(
      'med_med_redmond -.->|"external unknown:5060 tls to 131.107.200.20:5061 tls"| gw_trunk_litware',
    );
    expect(linkBetween(section, "med_med_redmond", "pool_pool_redmond")?.line).toMatch(/^med_med_redmond -->/);
  });

  it("is empty for a stream whose step events carry no props, or no step events at all", () => {
    expect(previewDiagram(eventsOf("preview-advisory.jsonl"), catalog)).toBe("");
    expect(previewDiagram(eventsOf("not-events.txt"), catalog)).toBe("");
  });
});

describe("the Markdown summary of a violating preview", () => {
  const events = eventsOf("pulumi-violation-gw3.jsonl");
  const md = buildMarkdown(events, catalog, { failOn: "mandatory", diagram: previewDiagram(events, catalog) });

  it("shows the picture in a mermaid block under its heading, after the findings", () => {
    expect(md).toContain("**Verdict: FAIL**");
    const at = md.indexOf("### Topology\n\n```mermaid\nflowchart TB\n");
    expect(at).toBeGreaterThan(md.indexOf("### Violations by requirement"));
    expect(md.slice(at)).toMatch(/class med_med_dublin,gw_gw_dublin violated\n {2}linkStyle \d+ stroke:#c62828/);
    expect(md.endsWith("```\n\nRed: a violation, with its requirement IDs; amber: a violation accepted by a waiver; dashed: a value unknown during preview (not verifiable until update).\n")).toBe(true);
  });

  it("has no picture section when there is nothing to draw", () => {
    expect(buildMarkdown(events, catalog, { failOn: "mandatory" })).not.toContain("### Topology");
  });
});

describe("the README's picture", () => {
  it("is the summary's picture of examples/violations/OCS-GW-3, as drawn today", () => {
    const readme = readFileSync(join(__dirname, "../../../README.md"), "utf8");
    const block = /```mermaid\n([\s\S]*?)```/.exec(readme)?.[1];
    const section = previewDiagram(eventsOf("pulumi-violation-gw3.jsonl"), catalog);
    expect(`\`\`\`mermaid\n${block ?? ""}\`\`\``).toBe(/```mermaid\n[\s\S]*?```/.exec(section)?.[0]);
  });
});
