/**
 * UM cases that tell two conditions apart: a client policy scoped to several pools applies to each,
 * and a location profile without Exchange UM need not be named after the dial plan that points at it.
 */
import { locationProfileEnforceDialPlanName } from "../../../policies/um";
import { effectiveClientLevels } from "../../../policies/um/effective-client-level";
import { compliantResources } from "../../fixtures/reference-topology";
import { runPolicy } from "../../harness/engine";
import { model, violationsOf } from "../suite/topology-suite";

describe("effectiveClientLevels with a policy scoped to several pools", () => {
  it("applies the policy to every pool it names, not only when it names that pool alone", () => {
    const scoped = { subject: "scoped rejected", model: { level: "rejected" as const, appliesTo: ["se01.contoso.com", "pool01.contoso.com"] } };
    const global = { subject: "global required", model: { level: "required" as const, appliesTo: "global" as const } };
    expect(effectiveClientLevels("pool01.contoso.com", [global, scoped], "optional")).toEqual([{ level: "rejected", source: "scoped rejected" }]);
  });
});

describe("location-profile-enforce-dial-plan-name on a profile without Exchange UM", () => {
  it("does not ask a profile without Exchange UM to carry the dial plan's FQDN", async () => {
    const resources = compliantResources();
    const profile = model(resources, "locationProfile", "lp-redmond");
    profile.name = "redmond-voice";
    profile.exchangeUm = false;
    model(resources, "umDialPlan", "dp-redmond").locationProfile = "redmond-voice";
    const findings = violationsOf(await runPolicy(locationProfileEnforceDialPlanName, resources));
    expect(findings.filter((d) => d.urn.endsWith("::lp-redmond"))).toEqual([]);
  });
});
