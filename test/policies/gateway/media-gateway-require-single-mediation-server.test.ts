import { mediaGatewayRequireSingleMediationServer } from "../../../policies/gateway";
import { model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";

topologyPolicySuite({
  policy: mediaGatewayRequireSingleMediationServer,
  name: "media-gateway-require-single-mediation-server",
  requirements: ["OCS-GW-8"],
  level: "mandatory",
  cases: [
    {
      title: "gateway names a Mediation Server that does not exist",
      change: (r) => (model(r, "mediaGateway", "gw-redmond").mediationServer = "med-missing.contoso.com"),
      violations: [{ on: "gw-redmond", says: ["names Mediation Server med-missing.contoso.com", "not a Mediation Server of the topology", "exactly one Mediation Server"] }],
    },
    {
      title: "gateway names a server that is not a Mediation Server",
      change: (r) => (model(r, "mediaGateway", "gw-dublin").mediationServer = "se01.dublin.contoso.com"),
      violations: [{ on: "gw-dublin", says: ["names Mediation Server se01.dublin.contoso.com", "not a Mediation Server"] }],
    },
    {
      title: "two Mediation Servers with the same FQDN",
      change: (r) => (model(r, "mediationServer", "med-dublin").fqdn = "med01.contoso.com"),
      violations: [
        { on: "gw-redmond", says: ["names Mediation Server med01.contoso.com", "matches 2 Mediation Servers"] },
        { on: "trunk-litware", says: ["matches 2 Mediation Servers", "exactly one"] },
        { on: "gw-dublin", says: ["names Mediation Server med01.dublin.contoso.com", "not a Mediation Server"] },
      ],
    },
    {
      title: "Mediation Server next hop not in the topology",
      change: (r) => (model(r, "mediationServer", "med-redmond").nextHop = "pool-missing.contoso.com"),
      violations: [{ on: "med-redmond", says: ["next hop is pool-missing.contoso.com", "not in the topology", "pool or Standard Edition server"] }],
    },
  ],
  silent: [
    { title: "next hop on another kind of member (OCS-X-2)", change: (r) => (model(r, "mediationServer", "med-redmond").nextHop = "arch01.contoso.com") },
    { title: "references in another case", change: (r) => (model(r, "mediaGateway", "gw-dublin").mediationServer = "MED01.DUBLIN.contoso.com") },
  ],
  unknown: {
    title: "one gateway's Mediation Server unknown, another's missing",
    change: (r) => {
      setRaw(model(r, "mediaGateway", "gw-redmond"), "mediationServer", UNKNOWN);
      model(r, "mediaGateway", "gw-dublin").mediationServer = "med-missing.contoso.com";
    },
    unknownOn: "gw-redmond",
    violationOn: "gw-dublin",
  },
  malformed: {
    title: "mediationServer is a number",
    change: (r) => setRaw(model(r, "mediaGateway", "gw-redmond"), "mediationServer", 7),
    on: "gw-redmond",
  },
});
