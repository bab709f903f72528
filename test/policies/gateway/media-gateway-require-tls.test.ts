import { mediaGatewayRequireTls } from "../../../policies/gateway";
import { externalEdge, model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";

topologyPolicySuite({
  policy: mediaGatewayRequireTls,
  name: "media-gateway-require-tls",
  requirements: ["OCS-GW-3"],
  level: "mandatory",
  cases: [
    {
      title: "gateway transport tcp and its Mediation Server external transport tcp",
      change: (r) => {
        model(r, "mediaGateway", "gw-redmond").transport = "tcp";
        externalEdge(r, "med-redmond").transport = "tcp";
      },
      violations: [
        { on: "gw-redmond", says: ["connects to its Mediation Server over tcp", "must use tls"] },
        { on: "med-redmond", says: ["external edge uses transport tcp", "must use tls"] },
      ],
    },
    {
      title: "SIP trunk transport tcp",
      change: (r) => (model(r, "mediaGateway", "trunk-litware").transport = "tcp"),
      violations: [{ on: "trunk-litware", says: ["over tcp", "must use tls"] }],
    },
  ],
  silent: [
    { title: "external edge on mtls", change: (r) => (externalEdge(r, "med-dublin").transport = "mtls") },
    { title: "Mediation Server without external edge (OCS-GW-4)", change: (r) => delete model(r, "mediationServer", "med-dublin").external },
  ],
  unknown: {
    title: "one gateway's transport unknown, another's tcp",
    change: (r) => {
      setRaw(model(r, "mediaGateway", "gw-redmond"), "transport", UNKNOWN);
      model(r, "mediaGateway", "gw-dublin").transport = "tcp";
    },
    unknownOn: "gw-redmond",
    violationOn: "gw-dublin",
  },
  malformed: {
    title: "transport is a number",
    change: (r) => setRaw(model(r, "mediaGateway", "gw-redmond"), "transport", 5),
    on: "gw-redmond",
  },
});
