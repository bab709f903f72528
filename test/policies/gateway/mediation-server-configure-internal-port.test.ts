import { mediationServerConfigureInternalPort } from "../../../policies/gateway";
import { model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";

topologyPolicySuite({
  policy: mediationServerConfigureInternalPort,
  name: "mediation-server-configure-internal-port",
  requirements: ["OCS-GW-6"],
  level: "advisory",
  cases: [
    {
      title: "internal port 5070",
      change: (r) => (model(r, "mediationServer", "med-redmond").internal.port = 5070),
      violations: [{ on: "med-redmond", says: ["internal edge listens on port 5070", "expected port is 5061"] }],
    },
  ],
  config: [
    { title: "expectedPort 5070 flags both default servers", config: { expectedPort: 5070 }, violations: 2 },
    {
      title: "expectedPort 5070 accepts the server on 5070",
      change: (r) => (model(r, "mediationServer", "med-redmond").internal.port = 5070),
      config: { expectedPort: 5070 },
      violations: 1,
    },
  ],
  unknown: {
    title: "one internal port unknown, the other 5070",
    change: (r) => {
      setRaw(model(r, "mediationServer", "med-redmond").internal, "port", UNKNOWN);
      model(r, "mediationServer", "med-dublin").internal.port = 5070;
    },
    unknownOn: "med-redmond",
    violationOn: "med-dublin",
  },
  malformed: {
    title: "internal edge is a string",
    change: (r) => setRaw(model(r, "mediationServer", "med-redmond"), "internal", "10.1.10.5:5061"),
    on: "med-redmond",
  },
});
