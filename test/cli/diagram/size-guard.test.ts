import { defaultLimits, renderDiagram, topologyDiagram } from "../../../cli/diagram";
import type { StackResource } from "../../../policies/framework/topology-view";
import { componentsPerReplica, replicaSpec, scaledSpecs } from "../../../examples/scaled/spec";
import { referenceSpec } from "../../../examples/reference/spec";
import { violation } from "../../../examples/violations/catalog";
import { classMembers, labelOf, linkBetween, links } from "./read-mermaid";
import { noFindings, resourcesOf, stackResources, verdictOf } from "./verdicts";

const nodeCount = (mermaid: string) => mermaid.split("\n").filter((l) => /^\s+\w+(\[|\(|\{|>)/.test(l)).length;

describe("the size guard", () => {
  it("draws a small topology in full", () => {
    const picture = renderDiagram(stackResources(resourcesOf()), noFindings);
    expect(picture?.folded).toEqual([]);
  });

  it("above the node limit folds each compliant site into one node and keeps the violating site drawn", async () => {
    const spec = referenceSpec();
    violation("OCS-GW-3").mutate(spec);
    const resources = resourcesOf(spec);
    const picture = renderDiagram(stackResources(resources), await verdictOf(resources), { limits: { maxNodes: 10 } });
    if (!picture) throw new Error("nothing drawn");
    expect(picture.folded).toEqual(["1 compliant site is drawn as one node each."]);
    expect(labelOf(picture.mermaid, "site_contoso_redmond")).toBe("site redmond: 10 components, compliant");
    expect(classMembers(picture.mermaid, "violated").sort()).toEqual(["gw_gw_dublin", "med_med_dublin"]);
    // Links into the folded site now end at its node, without their labels.
    expect(linkBetween(picture.mermaid, "arch_arch_redmond", "se_se_dublin")).toBeUndefined();
    expect(linkBetween(picture.mermaid, "site_contoso_redmond", "se_se_dublin")?.line).toBe("site_contoso_redmond --> se_se_dublin");
  });

  describe("at 10,000 components", () => {
    const replicas = scaledSpecs(Math.round(10_000 / componentsPerReplica));
    let resources: StackResource[];
    let picture: ReturnType<typeof renderDiagram>;

    beforeAll(async () => {
      // Replica 7's Dublin gateway link falls back to TCP, judged by the real policies.
      const broken = replicaSpec(7);
      const gateway = broken.mediaGateways.find((g) => g.name === "r7-gw-dublin");
      const med = broken.mediationServers.find((m) => m.name === "r7-med-dublin");
      if (!gateway || !med?.args.external) throw new Error("replica 7 has no Dublin gateway");
      gateway.args.transport = "tcp";
      med.args.external.transport = "tcp";
      const verdict = await verdictOf(resourcesOf(broken));
      replicas[7] = broken;
      resources = stackResources(replicas.flatMap((s) => resourcesOf(s)));
      picture = renderDiagram(resources, verdict);
    });

    it("stays within the node limit and the character cap", () => {
      expect(resources.length).toBeGreaterThanOrEqual(10_000);
      if (!picture) throw new Error("nothing drawn");
      expect(picture.mermaid.length).toBeLessThanOrEqual(defaultLimits.maxChars);
      expect(nodeCount(picture.mermaid)).toBeLessThanOrEqual(defaultLimits.maxNodes);
    });

    it("keeps the violating site drawn in full, red, with its requirement ID", () => {
      if (!picture) throw new Error("nothing drawn");
      expect(classMembers(picture.mermaid, "violated")).toEqual(expect.arrayContaining(["gw_r7_gw_dublin", "med_r7_med_dublin"]));
      expect(labelOf(picture.mermaid, "gw_r7_gw_dublin")).toContain("violates OCS-GW-3");
      expect(linkBetween(picture.mermaid, "med_r7_med_dublin", "gw_r7_gw_dublin")?.red).toBe(true);
      expect(labelOf(picture.mermaid, "site_r7_contoso_redmond_7")).toBe("site redmond-7: 10 components, compliant");
    });

    it("lays the folded topologies out in rows of four, with invisible links after the real ones", () => {
      if (!picture) throw new Error("nothing drawn");
      const lines = picture.mermaid.split("\n");
      const invisible = lines.filter((l) => l.includes(" ~~~ "));
      expect(invisible[0]?.trim()).toBe("topology_r0_contoso ~~~ topology_r4_contoso");
      const lastReal = lines.reduce((at, l, i) => (/ (-->|-\.->)/.test(l) ? i : at), -1);
      expect(lines.indexOf(invisible[0] ?? "")).toBeGreaterThan(lastReal);
    });

    it("says what it folded, in sentences under the picture", () => {
      if (!picture) throw new Error("nothing drawn");
      expect(picture.folded).toEqual([
        expect.stringMatching(/^\d+ compliant sites are drawn as one node each\.$/),
        "322 compliant topologies are drawn as one node each.",
        expect.stringMatching(/^\d+ topologies with [\d,]+ components in all are counted in one node, not drawn\.$/),
      ]);
      const section = topologyDiagram(resources, { findings: [], policies: [] });
      expect(section.length).toBeLessThan(defaultLimits.maxChars + 1_000);
      expect(section).toMatch(/```\n\nRed: .* topologies are drawn as one node each\. .* counted in one node, not drawn\.\n$/);
    });
  });

  describe("when every site has a finding", () => {
    const resources = stackResources(scaledSpecs(40).flatMap((s) => resourcesOf(s)));
    const findings = resources
      .filter((r) => r.type === "ocs:voice:MediaGateway")
      .map((r) => ({ outcome: "violation" as const, policyName: "media-gateway-require-tls", resourceUrn: r.urn, message: "m" }));
    const verdict = { findings, policies: [{ name: "media-gateway-require-tls", requirements: ["OCS-GW-3"] }] };

    it("folds them too once the picture has more links than Mermaid draws", () => {
      const picture = renderDiagram(resources, verdict, { limits: { maxChars: 10_000_000 } });
      expect(links(picture?.mermaid ?? "").length).toBeLessThanOrEqual(500);
      expect(picture?.folded).toEqual(["80 other sites are drawn as one node each."]);
    });

    it("caps the text, and a folded topology with a violation stays red with its requirement ID", () => {
      const picture = renderDiagram(resources, verdict, { limits: { maxChars: 8_000 } });
      if (!picture) throw new Error("nothing drawn");
      expect(picture.mermaid.length).toBeLessThanOrEqual(8_000);
      expect(picture.folded.join(" ")).toMatch(/^80 other sites are drawn as one node each\. 40 other topologies are drawn as one node each\./);
      expect(labelOf(picture.mermaid, "topology_r2_contoso")).toBe("Topology r2-contoso (Contoso 2), 2 sites: 31 components, violates OCS-GW-3");
      expect(classMembers(picture.mermaid, "violated")).toContain("topology_r2_contoso");
    });
  });
});
