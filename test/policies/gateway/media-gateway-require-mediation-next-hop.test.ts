import { mediaGatewayRequireMediationNextHop } from "../../../policies/gateway";
import { externalEdge, model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";

topologyPolicySuite({
  policy: mediaGatewayRequireMediationNextHop,
  name: "media-gateway-require-mediation-next-hop",
  requirements: ["OCS-GW-7"],
  level: "mandatory",
  cases: [
    {
      title: "gateway next hop port 5070",
      change: (r) => (model(r, "mediaGateway", "gw-redmond").nextHop.port = 5070),
      violations: [{ on: "gw-redmond", says: ["next hop is 10.1.20.5:5070", 'its Mediation Server "med-redmond" external edge 10.1.20.5:5060'] }],
    },
    {
      title: "SIP trunk next hop on the internal edge",
      change: (r) => (model(r, "mediaGateway", "trunk-litware").nextHop.ip = "10.1.10.5"),
      violations: [{ on: "trunk-litware", says: ["next hop is 10.1.10.5:5060", "external edge 10.1.20.5:5060"] }],
    },
    {
      title: "two Mediation Servers share the external IP and port",
      change: (r) => {
        Object.assign(externalEdge(r, "med-dublin"), { ip: "10.1.20.5", subnet: "10.1.20.0/24" });
        model(r, "mediaGateway", "gw-dublin").nextHop.ip = "10.1.20.5";
      },
      violations: [
        { on: "med-redmond", says: ["external edge 10.1.20.5:5060", 'Mediation Server "med-dublin"', "unique IP address and port"] },
        { on: "med-dublin", says: ["external edge 10.1.20.5:5060", 'Mediation Server "med-redmond"', "unique IP address and port"] },
      ],
    },
    {
      title: "external edge IP equal to the internal edge IP",
      change: (r) => {
        externalEdge(r, "med-dublin").ip = "10.2.10.5";
        model(r, "mediaGateway", "gw-dublin").nextHop.ip = "10.2.10.5";
      },
      violations: [{ on: "med-dublin", says: ["external edge IP is 10.2.10.5, the same as its internal edge", "different IP address"] }],
    },
  ],
  silent: [
    {
      title: "gateway whose Mediation Server does not resolve (OCS-GW-8)",
      change: (r) => {
        model(r, "mediaGateway", "gw-redmond").mediationServer = "med-missing.contoso.com";
        model(r, "mediaGateway", "gw-redmond").nextHop = { ip: "10.9.9.9", port: 5060 };
      },
    },
    { title: "Mediation Server named in another case", change: (r) => (model(r, "mediaGateway", "gw-redmond").mediationServer = "MED01.Contoso.com") },
  ],
  unknown: {
    title: "a Mediation Server's external IP unknown, another gateway's next hop wrong",
    change: (r) => {
      setRaw(externalEdge(r, "med-redmond"), "ip", UNKNOWN);
      model(r, "mediaGateway", "gw-dublin").nextHop.port = 5070;
    },
    unknownOn: "med-redmond",
    violationOn: "gw-dublin",
  },
  malformed: {
    title: "next hop IP not an address",
    change: (r) => (model(r, "mediaGateway", "gw-redmond").nextHop.ip = "gateway-next-hop"),
    on: "gw-redmond",
  },
});
