import { stackPolicy, type Finding } from "../framework/define";
import { resolveReference } from "../gateway/resolve";
import { exchangeUmSecurityLevels } from "./seed";

/** OCS-UM-5: a profile integrated with Exchange UM needs a dial plan whose level was chosen. */
export const locationProfileRequireExplicitDialPlan = stackPolicy({
  name: "location-profile-require-explicit-dial-plan",
  description: "Every location profile integrated with Exchange UM must be referenced by a UM dial plan whose VoipSecurity level is set explicitly.",
  requirements: ["OCS-UM-5"],
  severity: "medium",
  enforcementLevel: "mandatory",
  appliesTo: ["locationProfile", "umDialPlan"],
  seed: exchangeUmSecurityLevels(
    "When integrating Exchange UM with Communications Server 2007 R2, you need to select the most appropriate dial plan security level for each voice profile.",
  ),
  remediationSteps:
    "Create the Exchange UM dial plan for the location profile (New-UMDialPlan), choose its level with Set-UMDialPlan -Identity <dial plan> -VoIPSecurity SIPSecured or Secured, and declare it as a UmDialPlan component whose locationProfile names the profile and whose voipSecurity is set.",
  check: (view, ctx) => {
    const findings: Finding[] = [];
    const plans = view.of("umDialPlan");
    const profiles = view.of("locationProfile");
    for (const profile of profiles) {
      ctx.guard(profile, () => {
        if (!profile.model.exchangeUm) return;
        const referencing = resolveReference(plans, (plan) => plan.model.locationProfile, profile.model.name);
        if (referencing.length === 0) {
          findings.push({
            urn: profile.urn,
            subject: profile.subject,
            message: `${profile.subject} is integrated with Exchange UM but no UM dial plan names ${profile.model.name} as its location profile; it needs one with an explicit VoipSecurity level.`,
          });
        }
      });
    }
    // Each plan is judged on its own, so a profile's unknown value makes that plan not verifiable.
    for (const plan of plans) {
      ctx.guard(plan, () => {
        if (plan.model.voipSecurity !== undefined) return;
        const served = resolveReference(profiles, (p) => p.model.name, plan.model.locationProfile).filter((p) => p.model.exchangeUm);
        for (const profile of served) {
          findings.push({
            urn: plan.urn,
            subject: plan.subject,
            message: `${plan.subject} serves ${profile.subject} with no VoipSecurity level set; the level must be chosen explicitly (SIPSecured or Secured).`,
          });
        }
      });
    }
    return findings;
  },
});
