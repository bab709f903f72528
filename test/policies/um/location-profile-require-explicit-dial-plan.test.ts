import { locationProfileRequireExplicitDialPlan } from "../../../policies/um";
import { model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";

topologyPolicySuite({
  policy: locationProfileRequireExplicitDialPlan,
  name: "location-profile-require-explicit-dial-plan",
  requirements: ["OCS-UM-5"],
  level: "mandatory",
  cases: [
    {
      title: "dial plan level omitted",
      change: (r) => delete model(r, "umDialPlan", "dp-redmond").voipSecurity,
      violations: [{ on: "dp-redmond", says: ['serves location profile "lp-redmond" with no VoipSecurity level set', "chosen explicitly"] }],
    },
    {
      title: "no dial plan names the profile",
      change: (r) => (model(r, "umDialPlan", "dp-dublin").locationProfile = "elsewhere.contoso.com"),
      violations: [{ on: "lp-dublin", says: ["integrated with Exchange UM", "no UM dial plan names dublin.contoso.com", "explicit VoipSecurity level"] }],
    },
  ],
  silent: [
    {
      title: "a profile not integrated with Exchange UM needs no dial plan",
      change: (r) => {
        model(r, "locationProfile", "lp-dublin").exchangeUm = false;
        model(r, "umDialPlan", "dp-dublin").locationProfile = "elsewhere.contoso.com";
      },
    },
    { title: "profile named in another case", change: (r) => (model(r, "umDialPlan", "dp-dublin").locationProfile = "Dublin.Contoso.com") },
  ],
  unknown: {
    title: "one plan's profile reference unknown, the other's level omitted",
    change: (r) => {
      setRaw(model(r, "umDialPlan", "dp-redmond"), "locationProfile", UNKNOWN);
      delete model(r, "umDialPlan", "dp-dublin").voipSecurity;
    },
    unknownOn: "lp-redmond",
    violationOn: "dp-dublin",
  },
  malformed: {
    title: "exchangeUm is a string",
    change: (r) => setRaw(model(r, "locationProfile", "lp-redmond"), "exchangeUm", "yes"),
    on: "lp-redmond",
  },
});
