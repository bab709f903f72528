import { mediationServerRequirePoolNextHop } from "../../../policies/gateway";
import { model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";

topologyPolicySuite({
  policy: mediationServerRequirePoolNextHop,
  name: "mediation-server-require-pool-next-hop",
  requirements: ["OCS-X-2"],
  level: "mandatory",
  cases: [
    {
      title: "next hop is the Archiving Server",
      change: (r) => (model(r, "mediationServer", "med-redmond").nextHop = "arch01.contoso.com"),
      violations: [{ on: "med-redmond", says: ['next hop arch01.contoso.com is Archiving Server "arch-redmond"', "Standard Edition server or an Enterprise pool"] }],
    },
    {
      title: "next hop is the Edge Server",
      change: (r) => (model(r, "mediationServer", "med-dublin").nextHop = "edge-int.contoso.com"),
      violations: [{ on: "med-dublin", says: ['is Edge Server "edge-redmond"', "Enterprise pool"] }],
    },
  ],
  silent: [
    { title: "next hop not in the topology (OCS-GW-8)", change: (r) => (model(r, "mediationServer", "med-redmond").nextHop = "pool-missing.contoso.com") },
    { title: "pool named in another case", change: (r) => (model(r, "mediationServer", "med-redmond").nextHop = "POOL01.contoso.com") },
  ],
  unknown: {
    title: "one next hop unknown, the other the Archiving Server",
    change: (r) => {
      setRaw(model(r, "mediationServer", "med-redmond"), "nextHop", UNKNOWN);
      model(r, "mediationServer", "med-dublin").nextHop = "arch01.contoso.com";
    },
    unknownOn: "med-redmond",
    violationOn: "med-dublin",
  },
  malformed: {
    title: "next hop not an FQDN",
    change: (r) => (model(r, "mediationServer", "med-dublin").nextHop = "not a host"),
    on: "med-dublin",
  },
});
