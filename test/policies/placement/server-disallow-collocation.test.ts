import type { Kind } from "../../../components/model/catalog";
import { serverDisallowCollocation } from "../../../policies/placement/server-disallow-collocation";
import { analyzeStack, type Diagnostic, type EngineResource, UNKNOWN } from "../../harness/engine";
import { compliant, topologyWith } from "../../fixtures/one-of-each-kind";
import { asStackResource } from "../../harness/engine";

type Props = Record<string, unknown>;
const policy = serverDisallowCollocation;

async function diagnostics(resources: EngineResource[]): Promise<Diagnostic[]> {
  return (await analyzeStack([policy], resources)).filter((d) => d.policyName === policy.info.name);
}

function messages(resources: EngineResource[]): string[] {
  return policy.evaluate(resources.map(asStackResource)).violations.map((v) => v.message);
}

describe("server-disallow-collocation", () => {
  it("declares its name, requirement, level and kind", () => {
    expect(policy.info).toMatchObject({
      name: "server-disallow-collocation",
      requirements: ["OCS-X-4"],
      enforcementLevel: "advisory",
      kind: "stack",
    });
    expect(policy.info.seed.document).toBe("deployment-docs");
    expect(policy.configSchema).toBeUndefined();
  });

  it("stays silent on the compliant topology", async () => {
    expect(await diagnostics(compliant())).toEqual([]);
  });

  it.each<[string, Kind, (p: Props) => void, string]>([
    [
      "the Mediation Server shares the Communicator Web Access computer",
      "mediationServer",
      (p) => void (p.fqdn = "cwa01.contoso.com"),
      'Mediation Server "med-1" runs on cwa01.contoso.com, the same computer as Communicator Web Access server "cwa-1"; a Mediation Server must not be collocated with Communicator Web Access, a Standard Edition server, an Enterprise front end or an Edge Server (OCS-X-4).',
    ],
    [
      "the Mediation Server names the Communicator Web Access computer as a rooted name",
      "mediationServer",
      (p) => void (p.fqdn = "cwa01.contoso.com."),
      'Mediation Server "med-1" runs on cwa01.contoso.com, the same computer as Communicator Web Access server "cwa-1"; a Mediation Server must not be collocated with Communicator Web Access, a Standard Edition server, an Enterprise front end or an Edge Server (OCS-X-4).',
    ],
    [
      "the Mediation Server runs on an Enterprise front end",
      "mediationServer",
      (p) => void (p.fqdn = "FE02.Contoso.com."),
      'Mediation Server "med-1" runs on fe02.contoso.com, the same computer as front end of Enterprise pool "pool-1"; a Mediation Server must not be collocated with Communicator Web Access, a Standard Edition server, an Enterprise front end or an Edge Server (OCS-X-4).',
    ],
    [
      "the Mediation Server runs on the Standard Edition server",
      "mediationServer",
      (p) => void (p.fqdn = "se01.contoso.com"),
      'Mediation Server "med-1" runs on se01.contoso.com, the same computer as Standard Edition server "se-1"; a Mediation Server must not be collocated with Communicator Web Access, a Standard Edition server, an Enterprise front end or an Edge Server (OCS-X-4).',
    ],
    [
      "the Edge Server shares the Monitoring Server computer",
      "edgeServer",
      (p) => void (p.fqdn = "mon01.contoso.com"),
      'Edge Server "edge-1" runs on mon01.contoso.com, the same computer as Monitoring Server "mon-1"; an Edge Server must not be collocated with any internal server role (OCS-X-4).',
    ],
    [
      "the Edge Server shares the Group Chat computer",
      "edgeServer",
      (p) => void (p.fqdn = "gc01.contoso.com"),
      'Edge Server "edge-1" runs on gc01.contoso.com, the same computer as Group Chat server "gc-1"; an Edge Server must not be collocated with any internal server role (OCS-X-4).',
    ],
  ])("fires when %s", async (_name, kind, change, expected) => {
    const found = await diagnostics(topologyWith(kind, change));
    expect(found).toHaveLength(1);
    expect(found[0].enforcementLevel).toBe("advisory");
    expect(found[0].message.split("\n").pop()).toBe(expected);
  });

  it("reports a Mediation Server on the Edge computer from both sides", () => {
    expect(messages(topologyWith("mediationServer", (p) => void (p.fqdn = "edge-int.contoso.com")))).toEqual([
      'Mediation Server "med-1" runs on edge-int.contoso.com, the same computer as Edge Server "edge-1"; a Mediation Server must not be collocated with Communicator Web Access, a Standard Edition server, an Enterprise front end or an Edge Server (OCS-X-4).',
      'Edge Server "edge-1" runs on edge-int.contoso.com, the same computer as Mediation Server "med-1"; an Edge Server must not be collocated with any internal server role (OCS-X-4).',
    ]);
  });

  it("lets a Mediation Server share a computer with roles the rule does not name", () => {
    expect(messages(topologyWith("mediationServer", (p) => void (p.fqdn = "arch01.contoso.com")))).toEqual([]);
  });

  it("judges each topology on its own", async () => {
    const resources = compliant();
    const otherTopology: EngineResource[] = [
      { kind: "topology", name: "fabrikam", props: { organization: "Fabrikam", sipDomains: ["fabrikam.com"], sites: ["hq"] } },
      ...resources
        .filter((r) => r.kind === "communicatorWebAccess")
        .map((r) => ({ ...r, name: "cwa-f", topology: "fabrikam", props: { ...r.props, fqdn: "med01.contoso.com" } })),
    ];
    expect(await diagnostics([...resources, ...otherTopology])).toEqual([]);
  });

  it("reports an unknown FQDN as not verifiable, not as a violation", async () => {
    const found = await diagnostics(topologyWith("mediationServer", (p) => void (p.fqdn = UNKNOWN)));
    expect(found).toHaveLength(1);
    expect(found[0].enforcementLevel).toBe("advisory");
    expect(found[0].message).toContain("not verifiable until update");
    expect(found[0].message).toContain('Mediation Server "med-1" fqdn');
  });

  it("reports malformed props as a violation instead of throwing", async () => {
    const found = await diagnostics(topologyWith("edgeServer", (p) => void (p.fqdn = 42)));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('Edge Server "edge-1" cannot be judged by server-disallow-collocation because its model is malformed');
  });
});
