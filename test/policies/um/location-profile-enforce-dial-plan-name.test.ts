import { locationProfileEnforceDialPlanName } from "../../../policies/um";
import type { EngineResource } from "../../harness/engine";
import { model, topologyPolicySuite, setRaw, UNKNOWN } from "../suite/topology-suite";

/** Renames a profile and points its dial plan at the new name, so OCS-UM-5 still holds. */
const rename = (r: EngineResource[], profile: string, plan: string, name: string) => {
  model(r, "locationProfile", profile).name = name;
  model(r, "umDialPlan", plan).locationProfile = name;
};

topologyPolicySuite({
  policy: locationProfileEnforceDialPlanName,
  name: "location-profile-enforce-dial-plan-name",
  requirements: ["OCS-X-1"],
  level: "mandatory",
  cases: [
    {
      title: "location profile renamed, dial plan reference updated",
      change: (r) => rename(r, "lp-redmond", "dp-redmond", "redmond-voice"),
      violations: [
        { on: "lp-redmond", says: ["is named redmond-voice", 'must be named redmond.contoso.com, the FQDN of its UM dial plan "dp-redmond"'] },
        { on: "dp-redmond", says: ["has 0 location profiles named redmond.contoso.com", "exactly one"] },
      ],
    },
    {
      title: "two profiles named after one dial plan",
      change: (r) => r.push({ kind: "locationProfile", name: "lp-redmond-2", props: { name: "redmond.contoso.com", exchangeUm: false }, topology: "contoso" }),
      violations: [{ on: "dp-redmond", says: ["has 2 location profiles named redmond.contoso.com", "exactly one"] }],
    },
  ],
  silent: [{ title: "names equal but for case", change: (r) => rename(r, "lp-dublin", "dp-dublin", "Dublin.Contoso.com") }],
  unknown: {
    title: "one profile's name unknown, the other renamed",
    change: (r) => {
      setRaw(model(r, "locationProfile", "lp-redmond"), "name", UNKNOWN);
      rename(r, "lp-dublin", "dp-dublin", "dublin-voice");
    },
    unknownOn: "lp-redmond",
    violationOn: "lp-dublin",
  },
  malformed: {
    title: "profile name with a space",
    change: (r) => (model(r, "locationProfile", "lp-dublin").name = "dublin voice"),
    on: "lp-dublin",
  },
});
