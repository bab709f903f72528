import { mediationServerRequireSrtp } from "../../../policies/gateway";
import { model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";

topologyPolicySuite({
  policy: mediationServerRequireSrtp,
  name: "mediation-server-require-srtp",
  requirements: ["OCS-GW-1"],
  level: "mandatory",
  cases: [
    {
      title: "media encryption supported",
      change: (r) => (model(r, "mediationServer", "med-redmond").mediaEncryption = "supported"),
      violations: [{ on: "med-redmond", says: ["media encryption is supported", "must be required"] }],
    },
    {
      title: "media encryption not-supported on both servers",
      change: (r) => {
        model(r, "mediationServer", "med-redmond").mediaEncryption = "not-supported";
        model(r, "mediationServer", "med-dublin").mediaEncryption = "not-supported";
      },
      violations: [
        { on: "med-redmond", says: ["not-supported", "required"] },
        { on: "med-dublin", says: ["not-supported", "required"] },
      ],
    },
  ],
  unknown: {
    title: "one server's media encryption unknown, the other's supported",
    change: (r) => {
      setRaw(model(r, "mediationServer", "med-redmond"), "mediaEncryption", UNKNOWN);
      model(r, "mediationServer", "med-dublin").mediaEncryption = "supported";
    },
    unknownOn: "med-redmond",
    violationOn: "med-dublin",
  },
  malformed: {
    title: "media encryption is a number",
    change: (r) => setRaw(model(r, "mediationServer", "med-redmond"), "mediaEncryption", 42),
    on: "med-redmond",
  },
});
