import { stackPolicy, type Finding } from "../framework/define";
import { resolveReference } from "../gateway/resolve";
import { sameFqdn } from "../../components/model/fqdn";

/** OCS-X-1: OCS finds a profile's Exchange UM dial plan by name, so the names must line up. */
export const locationProfileEnforceDialPlanName = stackPolicy({
  name: "location-profile-enforce-dial-plan-name",
  description: "Each Exchange UM location profile must be named after the FQDN of the UM dial plan that references it, and each UM dial plan must have exactly one location profile with its FQDN as name.",
  requirements: ["OCS-X-1"],
  severity: "medium",
  enforcementLevel: "mandatory",
  appliesTo: ["locationProfile", "umDialPlan"],
  seed: {
    document: "deployment-docs",
    section: "Location profiles and UM dial plans",
    text: "When Exchange UM is integrated, the location profile's name must equal the FQDN of its UM dial plan.",
  },
  remediationSteps:
    "In the Office Communications Server 2007 R2 administrative tool (Enterprise Voice > Location Profiles), create or rename the location profile so that its name is exactly the FQDN of its Exchange UM dial plan (Get-UMDialPlan shows it), remove duplicate profiles with that name, and point the dial plan's locationProfile at it.",
  check: (view, ctx) => {
    const findings: Finding[] = [];
    const profiles = view.of("locationProfile");
    const plans = view.of("umDialPlan");
    for (const profile of profiles) {
      ctx.guard(profile, () => {
        if (!profile.model.exchangeUm) return;
        const name = profile.model.name;
        for (const plan of plans) {
          const mismatch = ctx.guard(profile, () =>
            sameFqdn(plan.model.locationProfile, name) && !sameFqdn(plan.model.fqdn, name)
              ? plan.model.fqdn
              : undefined,
          );
          if (mismatch === undefined) continue;
          findings.push({
            urn: profile.urn,
            subject: profile.subject,
            message: `${profile.subject} is named ${name}; it must be named ${mismatch}, the FQDN of its ${plan.subject}.`,
          });
        }
      });
    }
    for (const plan of plans) {
      ctx.guard(plan, () => {
        // A profile whose name is unknown during preview could be the match, so it makes the count unknown.
        const named = resolveReference(profiles, (p) => p.model.name, plan.model.fqdn);
        if (named.length === 1) return;
        findings.push({
          urn: plan.urn,
          subject: plan.subject,
          message: `${plan.subject} has ${named.length} location profiles named ${plan.model.fqdn}; it must have exactly one.`,
        });
      });
    }
    return findings;
  },
});
