import { mediationServerRequireUniqueInternalRoute } from "../../../policies/gateway";
import { model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";

topologyPolicySuite({
  policy: mediationServerRequireUniqueInternalRoute,
  name: "mediation-server-require-unique-internal-route",
  requirements: ["OCS-GW-6"],
  level: "mandatory",
  cases: [
    {
      title: "two Mediation Servers share the internal IP and port",
      change: (r) => Object.assign(model(r, "mediationServer", "med-dublin").internal, { ip: "10.1.10.5", subnet: "10.1.10.0/24" }),
      violations: [
        { on: "med-redmond", says: ["internal edge 10.1.10.5:5061", 'Mediation Server "med-dublin"', "unique static route"] },
        { on: "med-dublin", says: ["internal edge 10.1.10.5:5061", 'Mediation Server "med-redmond"', "unique static route"] },
      ],
    },
    {
      title: "internal edge on a pool front end's SIP endpoint",
      change: (r) => (model(r, "mediationServer", "med-redmond").internal.ip = "10.1.1.11"),
      violations: [{ on: "med-redmond", says: ["internal edge 10.1.1.11:5061", 'Enterprise pool "pool-redmond"'] }],
    },
    {
      title: "internal edge on the Standard Edition server's SIP endpoint",
      change: (r) => (model(r, "mediationServer", "med-dublin").internal.ip = "10.2.1.10"),
      violations: [{ on: "med-dublin", says: ["internal edge 10.2.1.10:5061", 'Standard Edition server "se-dublin"'] }],
    },
  ],
  silent: [
    {
      title: "same internal IP on another port",
      change: (r) => Object.assign(model(r, "mediationServer", "med-dublin").internal, { ip: "10.1.10.5", subnet: "10.1.10.0/24", port: 5062 }),
    },
  ],
  unknown: {
    title: "one internal IP unknown, the other on the load balancer's endpoint",
    change: (r) => {
      setRaw(model(r, "mediationServer", "med-redmond").internal, "ip", UNKNOWN);
      model(r, "mediationServer", "med-dublin").internal.ip = "10.1.1.10";
    },
    unknownOn: "med-redmond",
    violationOn: "med-dublin",
  },
  malformed: {
    title: "internal port is a string",
    change: (r) => setRaw(model(r, "mediationServer", "med-dublin").internal, "port", "5061"),
    on: "med-dublin",
  },
});
