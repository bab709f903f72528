import { ipsecRequireMediaExemption } from "../../../policies/gateway";
import type { EngineResource } from "../../harness/engine";
import { model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";

const mediationExemption = (r: EngineResource[]) => {
  const exemption = model(r, "ipsecPolicy", "ipsec").exemptions.find((e) => e.name === "mediation-media");
  if (exemption === undefined) throw new Error("the fixture has no mediation-media exemption");
  return exemption;
};

topologyPolicySuite({
  policy: ipsecRequireMediaExemption,
  name: "ipsec-require-media-exemption",
  requirements: ["OCS-GW-2"],
  level: "mandatory",
  cases: [
    {
      title: "exemption shrunk to 60000-62000",
      change: (r) => (mediationExemption(r).ports = { start: 60000, end: 62000 }),
      violations: [
        { on: "med-redmond", says: ["media port range 60000-64000", "udp 60000-62000", "must cover 60000-64000"] },
        { on: "med-dublin", says: ["media port range 60000-64000", "udp 60000-62000", "must cover 60000-64000"] },
      ],
    },
    {
      title: "exemption for tcp only",
      change: (r) => (mediationExemption(r).protocol = "tcp"),
      violations: [
        { on: "med-redmond", says: ["exempted from IPsec by tcp 60000-64000", "a udp exemption applied to med01.contoso.com"] },
        { on: "med-dublin", says: ["tcp 60000-64000", "must cover 60000-64000"] },
      ],
    },
    {
      title: "exemption not applied to one Mediation Server",
      change: (r) => (mediationExemption(r).appliesTo = ["med01.contoso.com"]),
      violations: [{ on: "med-dublin", says: ["exempted from IPsec by no exemption", "applied to med01.dublin.contoso.com"] }],
    },
    {
      title: "exemption widened to 55000-64000",
      change: (r) => (mediationExemption(r).ports = { start: 55000, end: 64000 }),
      violations: [{ on: "ipsec", says: ['exemption "mediation-media" spans 9001 ports (55000-64000)', "at most 4001 ports"] }],
    },
  ],
  silent: [
    {
      title: "the range covered by two adjacent exemptions",
      change: (r) => {
        const policy = model(r, "ipsecPolicy", "ipsec");
        mediationExemption(r).ports = { start: 60000, end: 61999 };
        policy.exemptions.push({ name: "mediation-media-2", protocol: "any", ports: { start: 62000, end: 64000 }, appliesTo: ["MED01.contoso.com", "med01.dublin.contoso.com"] });
      },
    },
    {
      title: "a network that does not rely on IPsec",
      change: (r) => Object.assign(model(r, "ipsecPolicy", "ipsec"), { required: false, exemptions: [] }),
    },
  ],
  config: [
    { title: "maximumPorts 4000 rejects the 4,001-port exemption", config: { maximumPorts: 4000 }, violations: 1 },
    {
      title: "maximumPorts 10000 accepts a 9,001-port exemption",
      change: (r) => (mediationExemption(r).ports = { start: 55000, end: 64000 }),
      config: { maximumPorts: 10000 },
      violations: 0,
    },
  ],
  unknown: {
    title: "one media range unknown, the other wider than the exemption",
    change: (r) => {
      setRaw(model(r, "mediationServer", "med-redmond"), "mediaPortRange", UNKNOWN);
      model(r, "mediationServer", "med-dublin").mediaPortRange = { start: 59000, end: 64000 };
    },
    unknownOn: "med-redmond",
    violationOn: "med-dublin",
  },
  malformed: {
    title: "an exemption range that ends before it starts",
    change: (r) => (mediationExemption(r).ports = { start: 64000, end: 60000 }),
    on: "ipsec",
  },
});
