import { edgeRequireLegacyFederationPorts } from "../../../policies/edge/edge-require-legacy-federation-ports";
import { changed, diagnosticsOf } from "../../fixtures/one-of-each-kind";
import { memberPolicySuite } from "../suite/member-suite";

type Props = Record<string, unknown>;
const rules = (p: Props) => (p.avEdge as Props).externalPortRules as Props[];
const partners = (p: Props) => (p.federation as Props).partners as Props[];
const withoutRule = (protocol: string, direction: string) => (p: Props) => {
  (p.avEdge as Props).externalPortRules = rules(p).filter((r) => !(r.protocol === protocol && r.direction === direction));
};

memberPolicySuite({
  policy: edgeRequireLegacyFederationPorts,
  name: "edge-require-legacy-federation-ports",
  requirements: ["OCS-FED-1"],
  level: "mandatory",
  kinds: ["edgeServer"],
  breaking: [
    {
      name: "the udp inbound rule is removed while the partner runs OCS 2007",
      kind: "edgeServer",
      change: withoutRule("udp", "inbound"),
      says: ["A/V Edge external interface opens no ports for udp inbound", "fabrikam.com runs ocs-2007", "50000-59999 must be open for udp inbound"],
    },
    {
      name: "the tcp outbound rule stops short of the range",
      kind: "edgeServer",
      change: (p) => void ((rules(p)[1].ports as Props).end = 55000),
      says: ["opens 50000-55000 for tcp outbound", "50000-59999 must be open for tcp outbound"],
    },
    {
      name: "the only legacy partner runs LCS 2005",
      kind: "edgeServer",
      change: (p) => {
        partners(p)[0].edgeVersion = "lcs-2005";
        withoutRule("tcp", "inbound")(p);
      },
      says: ["runs lcs-2005", "must be open for tcp inbound"],
    },
  ],
  config: [
    {
      name: "a wider federationRange is not covered by the 50000-59999 rules",
      kind: "edgeServer",
      config: { federationRange: { start: 50000, end: 65535 } },
      violations: [0, 4],
    },
    {
      name: "legacyVersions without ocs-2007 no longer requires the range",
      kind: "edgeServer",
      change: withoutRule("udp", "inbound"),
      config: { legacyVersions: ["lcs-2005"] },
      violations: [1, 0],
    },
  ],
  unknown: { kind: "edgeServer", change: (p, u) => void (partners(p)[0].edgeVersion = u) },
  malformed: { kind: "edgeServer", change: (p) => void ((p.avEdge as Props).externalPortRules = [{ protocol: "sctp" }]) },
});

describe("edge-require-legacy-federation-ports applies only to A/V federation with legacy partners", () => {
  it.each([
    ["the partner runs OCS 2007 R2", (p: Props) => void (partners(p)[0].edgeVersion = "ocs-2007-r2")],
    ["the legacy partner federates IM only", (p: Props) => void (partners(p)[0].audioVideo = false)],
    ["there is no partner", (p: Props) => void ((p.federation as Props).partners = [])],
  ])("is silent when %s, whatever the rules", async (_name, change) => {
    const edge = changed("edgeServer", (p) => {
      change(p);
      (p.avEdge as Props).externalPortRules = [];
    });
    expect(await diagnosticsOf(edgeRequireLegacyFederationPorts, edge)).toEqual([]);
  });

  it("accepts the range split over several rules", async () => {
    const edge = changed("edgeServer", (p) => {
      const split = rules(p).flatMap((r) => [
        { ...r, ports: { start: 50000, end: 52999 } },
        { ...r, ports: { start: 53000, end: 59999 } },
      ]);
      (p.avEdge as Props).externalPortRules = split;
    });
    expect(await diagnosticsOf(edgeRequireLegacyFederationPorts, edge)).toEqual([]);
  });
});
