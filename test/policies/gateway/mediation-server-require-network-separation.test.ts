import { mediationServerRequireNetworkSeparation } from "../../../policies/gateway";
import { externalEdge, model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";

topologyPolicySuite({
  policy: mediationServerRequireNetworkSeparation,
  name: "mediation-server-require-network-separation",
  requirements: ["OCS-GW-5"],
  level: "mandatory",
  cases: [
    {
      title: "basic gateway moved out of the external subnet",
      change: (r) => (model(r, "mediaGateway", "gw-redmond").ip = "10.1.30.20"),
      violations: [{ on: "gw-redmond", says: ["address 10.1.30.20", "outside the external subnet 10.1.20.0/24", "must lie in 10.1.20.0/24"] }],
    },
    {
      title: "external subnet overlapping the internal one",
      change: (r) => (externalEdge(r, "med-redmond").subnet = "10.1.0.0/16"),
      violations: [{ on: "med-redmond", says: ["internal subnet 10.1.10.0/24 overlaps its external subnet 10.1.0.0/16", "must be separate"] }],
    },
    {
      title: "SIP trunk inside an internal subnet",
      change: (r) => (model(r, "mediaGateway", "trunk-litware").ip = "10.2.10.50"),
      violations: [{ on: "trunk-litware", says: ["address 10.2.10.50", 'internal subnet 10.2.10.0/24 of Mediation Server "med-dublin"', "outside the internal network"] }],
    },
    {
      title: "internal edge address outside its subnet",
      change: (r) => (model(r, "mediationServer", "med-dublin").internal.ip = "10.2.11.5"),
      violations: [{ on: "med-dublin", says: ["internal edge address 10.2.11.5", "outside its subnet 10.2.10.0/24", "must lie in 10.2.10.0/24"] }],
    },
  ],
  silent: [
    {
      title: "gateway whose Mediation Server does not resolve (OCS-GW-8)",
      change: (r) => {
        model(r, "mediaGateway", "gw-redmond").mediationServer = "med-missing.contoso.com";
        model(r, "mediaGateway", "gw-redmond").ip = "10.9.9.9";
      },
    },
    { title: "SIP trunk outside the external subnet", change: (r) => (model(r, "mediaGateway", "trunk-litware").ip = "131.107.200.99") },
  ],
  unknown: {
    title: "a Mediation Server's external subnet unknown, another gateway misplaced",
    change: (r) => {
      setRaw(externalEdge(r, "med-redmond"), "subnet", UNKNOWN);
      model(r, "mediaGateway", "gw-dublin").ip = "10.2.30.20";
    },
    unknownOn: "med-redmond",
    violationOn: "gw-dublin",
  },
  malformed: {
    title: "gateway address not an IP",
    change: (r) => (model(r, "mediaGateway", "gw-dublin").ip = "not-an-ip"),
    on: "gw-dublin",
  },
});
