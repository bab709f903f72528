import { mediationServerRequireTwoNics } from "../../../policies/gateway";
import { externalEdge, model, topologyPolicySuite, removeField, setRaw, UNKNOWN } from "../suite/topology-suite";

topologyPolicySuite({
  policy: mediationServerRequireTwoNics,
  name: "mediation-server-require-two-nics",
  requirements: ["OCS-GW-4"],
  level: "mandatory",
  cases: [
    {
      title: "external adapter equal to the internal adapter",
      change: (r) => (externalEdge(r, "med-redmond").adapter = "Internal"),
      violations: [{ on: "med-redmond", says: ["external edge uses adapter Internal", "its own network adapter"] }],
    },
    {
      title: "adapters differing only in case",
      change: (r) => (externalEdge(r, "med-dublin").adapter = "INTERNAL"),
      violations: [{ on: "med-dublin", says: ["adapter INTERNAL", "its own network adapter"] }],
    },
    {
      title: "no external edge",
      change: (r) => delete model(r, "mediationServer", "med-redmond").external,
      violations: [{ on: "med-redmond", says: ["only its internal edge on adapter Internal", "second adapter"] }],
    },
    {
      title: "external edge on the internal edge's address",
      change: (r) => (externalEdge(r, "med-redmond").ip = "10.1.10.5"),
      violations: [{ on: "med-redmond", says: ["listens on 10.1.10.5", "its own listening IP address"] }],
    },
  ],
  unknown: {
    title: "one server's external adapter unknown, the other's shared",
    change: (r) => {
      setRaw(externalEdge(r, "med-redmond"), "adapter", UNKNOWN);
      externalEdge(r, "med-dublin").adapter = "Internal";
    },
    unknownOn: "med-redmond",
    violationOn: "med-dublin",
  },
  malformed: {
    title: "internal edge missing",
    change: (r) => removeField(model(r, "mediationServer", "med-dublin"), "internal"),
    on: "med-dublin",
  },
});
