import { edgeLimitAvPortsToR2 } from "../../../policies/edge/edge-limit-av-ports-to-r2";
import { changed, diagnosticsOf } from "../../fixtures/one-of-each-kind";
import { memberPolicySuite } from "../suite/member-suite";

type Props = Record<string, unknown>;
const partners = (p: Props) => (p.federation as Props).partners as Props[];
const toR2 = (p: Props) => void (partners(p)[0].edgeVersion = "ocs-2007-r2");
const r2Rules = (p: Props) => {
  toR2(p);
  (p.avEdge as Props).externalPortRules = [{ protocol: "tcp", direction: "outbound", ports: { start: 50000, end: 59999 } }];
};

memberPolicySuite({
  policy: edgeLimitAvPortsToR2,
  name: "edge-limit-av-ports-to-r2",
  requirements: ["OCS-FED-2"],
  level: "advisory",
  kinds: ["edgeServer"],
  breaking: [
    {
      name: "the only A/V partner upgraded to R2 but udp inbound stays open",
      kind: "edgeServer",
      change: (p) => {
        r2Rules(p);
        ((p.avEdge as Props).externalPortRules as Props[]).push({ protocol: "udp", direction: "inbound", ports: { start: 50000, end: 59999 } });
      },
      says: ["opens udp inbound 50000-59999", "only OCS 2007 R2 A/V partners it needs only tcp outbound within 50000-59999"],
    },
    {
      name: "the tcp outbound rule reaches beyond the range",
      kind: "edgeServer",
      change: (p) => {
        r2Rules(p);
        (p.avEdge as Props).externalPortRules = [{ protocol: "tcp", direction: "outbound", ports: { start: 50000, end: 65535 } }];
      },
      says: ["opens tcp outbound 50000-65535", "only tcp outbound within 50000-59999"],
    },
    {
      name: "a rule stays open without any A/V partner",
      kind: "edgeServer",
      change: (p) => {
        r2Rules(p);
        partners(p)[0].audioVideo = false;
      },
      says: ["opens tcp outbound 50000-59999", "with no A/V federation partner it needs no port rule"],
    },
  ],
  config: [
    {
      name: "counting ocs-2007-r2 as legacy keeps the OCS 2007 rules",
      kind: "edgeServer",
      change: toR2,
      config: { legacyVersions: ["ocs-2007", "lcs-2005", "ocs-2007-r2"] },
      violations: [3, 0],
    },
    {
      name: "a narrower federationRange flags the full-range outbound rule",
      kind: "edgeServer",
      change: r2Rules,
      config: { federationRange: { start: 50000, end: 50999 } },
      violations: [0, 1],
    },
  ],
  unknown: { kind: "edgeServer", change: (p, u) => void (partners(p)[0].audioVideo = u) },
  malformed: { kind: "edgeServer", change: (p) => void ((p.federation as Props).partners = "fabrikam.com") },
});

describe("edge-limit-av-ports-to-r2 with the reduced R2 rules", () => {
  it("is silent with R2 partners and only tcp outbound", async () => {
    expect(await diagnosticsOf(edgeLimitAvPortsToR2, changed("edgeServer", r2Rules))).toEqual([]);
  });
  it("reports each of the OCS 2007 rules kept open after the partner upgraded", async () => {
    expect(await diagnosticsOf(edgeLimitAvPortsToR2, changed("edgeServer", toR2))).toHaveLength(3);
  });
});
