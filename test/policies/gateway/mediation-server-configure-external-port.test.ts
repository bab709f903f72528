import { mediationServerConfigureExternalPort } from "../../../policies/gateway";
import { externalEdge, model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";

topologyPolicySuite({
  policy: mediationServerConfigureExternalPort,
  name: "mediation-server-configure-external-port",
  requirements: ["OCS-GW-7"],
  level: "advisory",
  cases: [
    {
      title: "external port 5070",
      change: (r) => (externalEdge(r, "med-redmond").port = 5070),
      violations: [{ on: "med-redmond", says: ["external edge listens on port 5070", "expected port is 5060"] }],
    },
  ],
  silent: [{ title: "no external edge (OCS-GW-4)", change: (r) => delete model(r, "mediationServer", "med-redmond").external }],
  config: [
    { title: "expectedPort 5061 flags both default servers", config: { expectedPort: 5061 }, violations: 2 },
    {
      title: "expectedPort 5061 accepts the server on 5061",
      change: (r) => (externalEdge(r, "med-dublin").port = 5061),
      config: { expectedPort: 5061 },
      violations: 1,
    },
  ],
  unknown: {
    title: "one external port unknown, the other 5070",
    change: (r) => {
      setRaw(externalEdge(r, "med-redmond"), "port", UNKNOWN);
      externalEdge(r, "med-dublin").port = 5070;
    },
    unknownOn: "med-redmond",
    violationOn: "med-dublin",
  },
  malformed: {
    title: "external port out of range",
    change: (r) => (externalEdge(r, "med-redmond").port = -1),
    on: "med-redmond",
  },
});
