import { renderDiagram, topologyDiagram } from "../../../cli/diagram";
import { judgeResources } from "../../../cli/diagram/judge";
import { allPolicies } from "../../../policies";
import { SECRET_MARK } from "../../../components/model/redact";
import { referenceSpec, type ReferenceSpec } from "../../../examples/reference/spec";
import { violation } from "../../../examples/violations/catalog";
import { declareSecretPaths } from "../../../policies/framework/secrets";
import { resourceNamed } from "../../fixtures/reference-topology";
import { UNKNOWN } from "../../harness/engine";
import { classMembers, labelOf, linkBetween } from "./read-mermaid";
import { noFindings, resourcesOf, stackResources, verdictOf } from "./verdicts";

/** What examples/waived does: the OCS-GW-4 violation with a valid waiver on the Mediation Server. */
function waivedSpec(): ReferenceSpec {
  const spec = referenceSpec();
  const example = violation("OCS-GW-4");
  example.mutate(spec);
  const med = spec.mediationServers.find((m) => m.name === example.resource);
  if (!med) throw new Error("no med-redmond");
  const expires = new Date(Date.now() + 180 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  med.args.waivers = [{ policy: example.policy, justification: "Lab server until the second NIC arrives.", owner: "Contoso voice team", expires }];
  return spec;
}

function mermaidOf(...args: Parameters<typeof renderDiagram>): string {
  const picture = renderDiagram(...args);
  if (!picture) throw new Error("nothing was drawn");
  return picture.mermaid;
}

describe("the reference topology", () => {
  it("is drawn the same every time, whatever order the resources come in (snapshot)", async () => {
    const resources = resourcesOf();
    const verdict = await verdictOf(resources);
    expect(verdict.findings.filter((f) => f.outcome !== "not-verifiable")).toEqual([]);
    const mermaid = mermaidOf(stackResources(resources), verdict);
    expect(mermaid).toMatchSnapshot();
    expect(mermaidOf(stackResources([...resources].reverse()), verdict)).toBe(mermaid);
    // Nothing is marked on a compliant topology.
    expect(mermaid).not.toMatch(/classDef|linkStyle/);
  });

  const mermaid = mermaidOf(stackResources(resourcesOf()), noFindings);

  it("draws each site as a subgraph with its servers, and the topology-wide settings counted in one node", () => {
    expect(mermaid).toMatch(/subgraph S_contoso_dublin\["site dublin"\]\n\s+se_se_dublin\[/);
    expect(mermaid).toContain('subgraph S_contoso_redmond["site redmond"]');
    expect(labelOf(mermaid, "pool_pool_redmond")).toBe("Enterprise pool pool-redmond<br/>pool01.contoso.com<br/>2 front ends, SQL sql01.contoso.com");
    expect(labelOf(mermaid, "settings_contoso")).toBe(
      "Topology-wide settings<br/>1 client encryption policy, 12 deployment tasks, 1 IPsec policy, 2 location profiles",
    );
  });

  it("draws both edges of each Mediation Server: internal to its pool, external to each gateway and SIP trunk, with IP:port and transport", () => {
    expect(linkBetween(mermaid, "med_med_redmond", "pool_pool_redmond")?.line).toBe('med_med_redmond -->|"internal 10.1.10.5:5061 mtls"| pool_pool_redmond');
    expect(linkBetween(mermaid, "med_med_dublin", "se_se_dublin")?.line).toContain("internal 10.2.10.5:5061 mtls");
    expect(linkBetween(mermaid, "med_med_redmond", "gw_gw_redmond")?.line).toContain("external 10.1.20.5:5060 tls to 10.1.20.20:5061 tls");
    expect(linkBetween(mermaid, "med_med_redmond", "gw_trunk_litware")?.line).toContain("to 131.107.200.20:5061 tls");
    expect(labelOf(mermaid, "gw_trunk_litware")).toMatch(/^SIP trunk trunk-litware/);
  });

  it("draws the UM dial plans to the pools they serve, and the other roles to theirs", () => {
    expect(linkBetween(mermaid, "dp_dp_redmond", "pool_pool_redmond")?.line).toContain("UM Secured");
    expect(linkBetween(mermaid, "dp_dp_dublin", "se_se_dublin")).toBeDefined();
    for (const [from, to] of [
      ["arch_arch_redmond", "se_se_dublin"],
      ["mon_mon_redmond", "pool_pool_redmond"],
      ["cwa_cwa_redmond", "pool_pool_redmond"],
      ["gc_groupchat_redmond", "pool_pool_redmond"],
    ] as const) {
      expect(linkBetween(mermaid, from, to)).toBeDefined();
    }
  });

  it("gives the Markdown section a heading, a mermaid block and a legend", () => {
    const section = topologyDiagram(stackResources(resourcesOf()), noFindings);
    expect(section).toMatch(/^### Topology\n\n```mermaid\nflowchart TB\n[\s\S]*\n```\n\nRed: a violation/);
  });
});

describe("the verdict on the picture", () => {
  it("paints a violating component and its link red, with the requirement ID (OCS-GW-3)", async () => {
    const spec = referenceSpec();
    violation("OCS-GW-3").mutate(spec);
    const resources = resourcesOf(spec);
    const mermaid = mermaidOf(stackResources(resources), await verdictOf(resources));
    expect(classMembers(mermaid, "violated").sort()).toEqual(["gw_gw_dublin", "med_med_dublin"]);
    expect(labelOf(mermaid, "gw_gw_dublin")).toContain("violates OCS-GW-3");
    expect(mermaid).toContain("classDef violated fill:#fde2e2,stroke:#c62828");
    const link = linkBetween(mermaid, "med_med_dublin", "gw_gw_dublin");
    expect(link?.red).toBe(true);
    expect(link?.line).toContain("tcp to 10.2.20.20:5061 tcp<br/>violates OCS-GW-3");
    expect(linkBetween(mermaid, "med_med_redmond", "gw_gw_redmond")?.red).toBe(false);
  });

  it("gives a topology-wide setting with a violation a node of its own, and counts the rest (OCS-ADM-1)", async () => {
    const spec = referenceSpec();
    violation("OCS-ADM-1").mutate(spec);
    const resources = resourcesOf(spec);
    const mermaid = mermaidOf(stackResources(resources), await verdictOf(resources));
    expect(classMembers(mermaid, "violated")).toEqual(["task_task_activate_se_dublin"]);
    expect(labelOf(mermaid, "task_task_activate_se_dublin")).toMatch(/^Deployment task task-activate-se-dublin<br\/>.*<br\/>violates OCS-ADM-1$/);
    expect(labelOf(mermaid, "settings_contoso")).toContain("11 deployment tasks");
  });

  it("paints a dial plan's links to its pools red when its security level is violated (OCS-UM-1)", async () => {
    const spec = referenceSpec();
    violation("OCS-UM-1").mutate(spec);
    const resources = resourcesOf(spec);
    const mermaid = mermaidOf(stackResources(resources), await verdictOf(resources));
    expect(classMembers(mermaid, "violated")).toContain("dp_dp_redmond");
    expect(linkBetween(mermaid, "dp_dp_redmond", "pool_pool_redmond")?.red).toBe(true);
  });

  it("marks a violation a waiver accepts as waived, in amber, not red (examples/waived)", async () => {
    const resources = resourcesOf(waivedSpec());
    const mermaid = mermaidOf(stackResources(resources), await verdictOf(resources));
    expect(classMembers(mermaid, "waived")).toEqual(["med_med_redmond"]);
    expect(classMembers(mermaid, "violated")).toEqual([]);
    expect(labelOf(mermaid, "med_med_redmond")).toMatch(/<br\/>waived OCS-GW-4$/);
    expect(mermaid).toContain("classDef waived fill:#fff4d6,stroke:#c77700");
  });

  it("draws a component with a value unknown during preview dashed, says which, and dashes the links that need it (examples/unknown-values)", async () => {
    const resources = resourcesOf();
    const med = resourceNamed(resources, "med-redmond");
    med.props = { ...med.props, external: { ...(med.props.external as object), ip: UNKNOWN } };
    const verdict = await verdictOf(resources);
    expect(verdict.findings.some((f) => f.outcome === "not-verifiable")).toBe(true);
    const mermaid = mermaidOf(stackResources(resources), verdict);
    expect(classMembers(mermaid, "unverified")).toEqual(["med_med_redmond"]);
    expect(mermaid).toContain("classDef unverified stroke-dasharray:6 4");
    expect(labelOf(mermaid, "med_med_redmond")).toContain("not verifiable until update: external.ip unknown");
    expect(linkBetween(mermaid, "med_med_redmond", "gw_gw_redmond")?.line).toBe(
      'med_med_redmond -.->|"external unknown:5060 tls to 10.1.20.20:5061 tls"| gw_gw_redmond',
    );
    expect(linkBetween(mermaid, "med_med_redmond", "pool_pool_redmond")?.line).toMatch(/^med_med_redmond -->/);
    expect(mermaid).not.toContain(UNKNOWN);
  });

  it("hides a secret site or reference in labels and in the IDs made from them", () => {
    const stack = stackResources(resourcesOf()).map((r) => {
      if (r.name === "se-dublin") return { ...r, props: declareSecretPaths({ ...(r.props as object), site: "qz9-branch" }, [["site"]]) };
      if (r.name === "med-dublin") return { ...r, props: declareSecretPaths({ ...(r.props as object), nextHop: "pool-qz9.contoso.com" }, [["nextHop"]]) };
      return r;
    });
    const mermaid = mermaidOf(stack, noFindings, { limits: { maxNodes: 5 } });
    expect(mermaid).not.toMatch(/qz9/i);
    expect(mermaid).toContain('"site [secret]: 2 components, compliant"');
    expect(mermaid).toMatch(/missing_contoso\w*>"pool \[secret\]<br\/>not in this topology"\]/);
  });

  it("hides a value declared secret wherever it would be drawn", () => {
    const resources = resourcesOf();
    const gateway = resourceNamed(resources, "gw-redmond");
    gateway.props = { ...gateway.props, ip: "10.1.30.77" };
    const stack = stackResources(resources).map((r) => (r.name === "gw-redmond" ? { ...r, props: declareSecretPaths({ ...gateway.props }, [["ip"]]) } : r));
    const mermaid = mermaidOf(stack, noFindings);
    expect(mermaid).not.toContain("10.1.30.77");
    expect(linkBetween(mermaid, "med_med_redmond", "gw_gw_redmond")?.line).toContain(`to ${SECRET_MARK}:5061 tls`);
  });
});

describe("odd input", () => {
  it("draws a component whose model cannot be read, and one whose props are not even an object, without failing", () => {
    const resources = stackResources(resourcesOf());
    const broken = resources.map((r) => {
      if (r.name === "pool-redmond") return { ...r, props: { fqdn: 42, site: "redmond" } };
      if (r.name === "gw-dublin") return { ...r, props: "nonsense" };
      if (r.name === "dp-dublin") return { ...r, props: null };
      return r;
    });
    const mermaid = mermaidOf(broken, noFindings);
    expect(labelOf(mermaid, "pool_pool_redmond")).toContain("model cannot be read");
    expect(labelOf(mermaid, "gw_gw_dublin")).toContain("model cannot be read");
    // The Mediation Server's next hop names a pool that cannot be read: it still leads to it.
    expect(linkBetween(mermaid, "med_med_dublin", "se_se_dublin")).toBeDefined();
  });

  it("draws every value unknown as unknown", () => {
    const everyLeafUnknown = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(everyLeafUnknown)
        : value !== null && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, everyLeafUnknown(v)]))
          : UNKNOWN;
    const resources = stackResources(resourcesOf()).map((r) => (r.type === "ocs:index:Topology" ? r : { ...r, props: everyLeafUnknown(r.props) }));
    const mermaid = mermaidOf(resources, noFindings);
    expect(mermaid).not.toContain(UNKNOWN);
    expect(labelOf(mermaid, "med_med_redmond")).toBe("Mediation Server med-redmond<br/>unknown<br/>not verifiable until update: fqdn, site, certificate.subject and 24 more unknown");
    // Its Mediation Server is unknown too, so the gateway hangs from a node that says so.
    expect(mermaid).toMatch(/\n\s+(missing_contoso\w*) -\.->\|"unknown:unknown unknown"\| gw_gw_redmond\n/);
    expect(mermaid).toMatch(/missing_contoso\w*>"Mediation Server unknown<br\/>unknown during preview"\]/);
  });

  it("draws a dial plan whose whole list of pools is unknown with one dashed link to what cannot be named yet", () => {
    const resources = resourcesOf();
    const plan = resourceNamed(resources, "dp-dublin");
    plan.props = { ...plan.props, servesPools: UNKNOWN };
    const mermaid = mermaidOf(stackResources(resources), noFindings);
    expect(mermaid).toMatch(/\n {2}dp_dp_dublin -\.->\|"UM"\| (missing_contoso\w*)\n/);
    expect(mermaid).toMatch(/missing_contoso\w*>"pool unknown<br\/>unknown during preview"\]/);
    expect(labelOf(mermaid, "dp_dp_dublin")).toContain("not verifiable until update: servesPools unknown");
  });

  it("escapes quotes, brackets and markup in labels, and makes node IDs of letters, digits and _", () => {
    const resources = stackResources(resourcesOf()).map((r) => (r.name === "gw-redmond" ? { ...r, name: 'gw "main" [1] <b>#1</b> | `x`' } : r));
    const mermaid = mermaidOf(resources, noFindings);
    const id = "gw_gw__main___1___b__1__b_____x_";
    expect(labelOf(mermaid, id)).toBe("Media gateway gw #quot;main#quot; [1] #lt;b#gt;#35;1#lt;/b#gt; #124; #96;x#96;<br/>gw01.contoso.com");
    // Outside the quoted labels there is no markup, no entity and no quote of another kind.
    for (const line of mermaid.split("\n")) expect(line.replace(/"[^"]*"/g, '""')).not.toMatch(/[<#`']/);
  });

  it("draws a component created outside any Topology in a frame of its own, after the topologies", () => {
    const resources = stackResources(resourcesOf()).map((r) => (r.name === "gw-dublin" ? { type: r.type, name: r.name, urn: r.urn, props: r.props } : r));
    const mermaid = mermaidOf(resources, noFindings);
    expect(mermaid.indexOf('subgraph T__outside_any_Topology_["(outside any Topology)"]')).toBeGreaterThan(mermaid.indexOf("subgraph T_contoso"));
    // Its Mediation Server is in another group, so the picture says it cannot find it there.
    expect(mermaid).toMatch(/missing_\w+>"Mediation Server med01\.dublin\.contoso\.com<br\/>not in this topology"\]/);
    expect(linkBetween(mermaid, "med_med_dublin", "gw_gw_dublin")).toBeUndefined();
  });

  it("draws nothing for a stack without OCS components", () => {
    expect(renderDiagram([{ type: "aws:s3:Bucket", name: "b", urn: "urn:pulumi:s::p::aws:s3:Bucket::b", props: {} }], noFindings)).toBeUndefined();
    expect(topologyDiagram([], noFindings)).toBe("");
  });
});

describe("the verdict judged in-process (for a topology document)", () => {
  const violating = referenceSpec();
  violation("OCS-GW-3").mutate(violating);

  it.each([
    ["a violation (OCS-GW-3)", violating],
    ["a waived violation", waivedSpec()],
  ])("is the verdict of the engine's path on %s: the same marks on the picture", async (_, spec) => {
    const resources = resourcesOf(spec);
    const stack = stackResources(resources);
    const picture = mermaidOf(stack, judgeResources(stack, allPolicies));
    expect(picture).toMatch(/class \S+ (violated|waived)\n/);
    expect(picture).toBe(mermaidOf(stack, await verdictOf(resources)));
  });
});
