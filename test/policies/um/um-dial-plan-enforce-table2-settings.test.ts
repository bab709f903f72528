import { umDialPlanEnforceTable2Settings } from "../../../policies/um";
import { model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";
import { setLevel } from "./helpers";

topologyPolicySuite({
  policy: umDialPlanEnforceTable2Settings,
  name: "um-dial-plan-enforce-table2-settings",
  requirements: ["OCS-UM-2"],
  level: "mandatory",
  cases: [
    {
      title: "Secured with SRTP disabled",
      change: (r) => (model(r, "umDialPlan", "dp-redmond").srtp = false),
      violations: [{ on: "dp-redmond", says: ["is Secured with mutual TLS enabled and SRTP disabled", "requires mutual TLS enabled and SRTP enabled for Secured"] }],
    },
    {
      title: "SIPSecured with SRTP enabled",
      change: (r) => (model(r, "umDialPlan", "dp-dublin").voipSecurity = "SIPSecured"),
      violations: [{ on: "dp-dublin", says: ["is SIPSecured with mutual TLS enabled and SRTP enabled", "SRTP disabled for SIPSecured"] }],
    },
    {
      title: "Unsecured with mutual TLS enabled",
      change: (r) => Object.assign(model(r, "umDialPlan", "dp-dublin"), { voipSecurity: "Unsecured", srtp: false }),
      violations: [{ on: "dp-dublin", says: ["is Unsecured with mutual TLS enabled", "requires mutual TLS disabled and SRTP disabled for Unsecured"] }],
    },
  ],
  silent: [
    { title: "Unsecured off/off (OCS-UM-1)", change: (r) => setLevel(r, "dp-redmond", "Unsecured") },
    { title: "SIPSecured on/off", change: (r) => setLevel(r, "dp-redmond", "SIPSecured") },
    { title: "level not chosen (OCS-UM-5)", change: (r) => delete model(r, "umDialPlan", "dp-dublin").voipSecurity },
  ],
  unknown: {
    title: "one plan's SRTP unknown, the other's disabled while Secured",
    change: (r) => {
      setRaw(model(r, "umDialPlan", "dp-redmond"), "srtp", UNKNOWN);
      model(r, "umDialPlan", "dp-dublin").srtp = false;
    },
    unknownOn: "dp-redmond",
    violationOn: "dp-dublin",
  },
  malformed: {
    title: "mutualTls is a string",
    change: (r) => setRaw(model(r, "umDialPlan", "dp-redmond"), "mutualTls", "yes"),
    on: "dp-redmond",
  },
});
