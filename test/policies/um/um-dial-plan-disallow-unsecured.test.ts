import { umDialPlanDisallowUnsecured } from "../../../policies/um";
import { model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";
import { setLevel } from "./helpers";

topologyPolicySuite({
  policy: umDialPlanDisallowUnsecured,
  name: "um-dial-plan-disallow-unsecured",
  requirements: ["OCS-UM-1"],
  level: "mandatory",
  cases: [
    {
      title: "dial plan Unsecured with mutual TLS and SRTP off",
      change: (r) => setLevel(r, "dp-redmond", "Unsecured"),
      violations: [{ on: "dp-redmond", says: ["VoipSecurity is Unsecured", "must be SIPSecured or Secured"] }],
    },
  ],
  silent: [
    { title: "SIPSecured", change: (r) => setLevel(r, "dp-dublin", "SIPSecured") },
    { title: "level not chosen (OCS-UM-5)", change: (r) => delete model(r, "umDialPlan", "dp-dublin").voipSecurity },
  ],
  unknown: {
    title: "one level unknown, the other Unsecured",
    change: (r) => {
      setRaw(model(r, "umDialPlan", "dp-redmond"), "voipSecurity", UNKNOWN);
      setLevel(r, "dp-dublin", "Unsecured");
    },
    unknownOn: "dp-redmond",
    violationOn: "dp-dublin",
  },
  malformed: {
    title: "level not one of the three",
    change: (r) => setRaw(model(r, "umDialPlan", "dp-redmond"), "voipSecurity", "Insecure"),
    on: "dp-redmond",
  },
});
