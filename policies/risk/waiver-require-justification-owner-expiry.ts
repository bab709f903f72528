import { kinds } from "../../components/model/catalog";
import { type OcsPolicy, resourcePolicy } from "../framework/define";
import { waiversOf, waiverStatus } from "../framework/waivers";
import { assessRisksOfNonDefaultOptions } from "./seed";

export const WAIVER_REQUIRE_JUSTIFICATION_OWNER_EXPIRY = "waiver-require-justification-owner-expiry";

/**
 * A waiver is the only way to accept a deviation, so a waiver that is incomplete, expired or aimed
 * at no policy of the pack is itself a violation, and waives nothing.
 */
export function waiverRequireJustificationOwnerExpiry(policyNames: () => readonly string[]): OcsPolicy {
  return resourcePolicy({
    name: WAIVER_REQUIRE_JUSTIFICATION_OWNER_EXPIRY,
    requirements: ["OCS-RISK-1"],
    description: "Every waiver names a policy of the pack and carries a justification, an owner and an expiry that has not passed.",
    severity: "high",
    enforcementLevel: "mandatory",
    waivable: false,
    appliesTo: kinds,
    seed: assessRisksOfNonDefaultOptions,
    remediationSteps:
      "Assess the deviation and record the assessment in the waiver: set `justification` to why the risk is acceptable, `owner` to who accepted it, and `expires` to the date it must be reviewed again (YYYY-MM-DD, today or later). Point `policy` at the name of the policy being waived (`ocs-guard policies` lists them). Otherwise remove the waiver and fix the violation.",
    check(member, ctx) {
      const known = new Set(policyNames());
      return waiversOf(member.props).flatMap((waiver) => {
        const label = `${member.subject} waiver for ${JSON.stringify(waiver.policy ?? "")}`;
        const status = waiverStatus(waiver, ctx.now);
        const problems = status.valid ? [] : status.reasons;
        if (typeof waiver.policy !== "string" || !known.has(waiver.policy)) {
          problems.push("it names no policy of the pack");
        }
        if (problems.length === 0) return [];
        return [
          `${label} waives nothing because ${problems.join(", ")}; a waiver needs a known policy name, a justification, an owner and an expiry of today or later`,
        ];
      });
    },
  });
}
