import { kinds } from "../../components/model/catalog";
import { SECRET_MARK } from "../../components/model/redact";
import { type OcsPolicy, resourcePolicy } from "../framework/define";
import { EXCEPTIONS_POLICY, waiverRulesConfig } from "../framework/exceptions";
import { secretValuesOf } from "../framework/secrets";
import { showText } from "../framework/waiver-quality";
import { exceptionsFor, latestExpiry, waiverStatus, waiversOf } from "../framework/waivers";
import { assessRisksOfNonDefaultOptions } from "./seed";

export const WAIVER_REQUIRE_JUSTIFICATION_OWNER_EXPIRY = EXCEPTIONS_POLICY;

/**
 * A waiver or a configured exception is the only way to accept a deviation, so one that is
 * incomplete, meaningless, expired, too far ahead or aimed at no policy of the pack is itself a
 * violation, and waives nothing. Its configuration holds the organisation's exceptions.
 */
export function waiverRequireJustificationOwnerExpiry(policyNames: () => readonly string[]): OcsPolicy {
  return resourcePolicy({
    name: WAIVER_REQUIRE_JUSTIFICATION_OWNER_EXPIRY,
    requirements: ["OCS-RISK-1"],
    description:
      "Every waiver and every exception of the pack configuration names a policy of the pack and carries a justification in words, a real owner and an expiry that has not passed and lies within the horizon.",
    severity: "high",
    enforcementLevel: "mandatory",
    waivable: false,
    appliesTo: kinds,
    seed: assessRisksOfNonDefaultOptions,
    remediationSteps:
      "Assess the deviation and record the assessment: set `justification` to why the risk is acceptable (in words), `owner` to the person or team who accepted it, and `expires` to the date it must be reviewed again (YYYY-MM-DD, from today to the horizon, 365 days by default). Point `policy` at the name of the policy being waived (`ocs-guard policies` lists them). Where the organisation requires exceptions in the pack configuration, add the same exception under this policy's `exceptions`. Otherwise remove the waiver and fix the violation.",
    config: waiverRulesConfig,
    check(member, ctx) {
      const known = new Set(policyNames());
      const rules = ctx.config;
      const latest = latestExpiry(ctx.now, rules.maximumHorizonDays);
      const configured = exceptionsFor(member, rules);
      const covered = (policy: unknown) =>
        configured.some((e) => e.policy === policy && waiverStatus(e, ctx.now, rules).valid);
      // A justification or owner held as a secret is judged, but never quoted.
      const secrets = new Set<string | number>(secretValuesOf(member.props));
      const show = (text: string) => (secrets.has(text) ? SECRET_MARK : showText(text));
      const judge = (entry: { policy?: string; justification?: string; owner?: string; expires?: string }) => {
        const status = waiverStatus(entry, ctx.now, rules, show);
        const problems = status.valid ? [] : [...status.reasons];
        // Stryker disable next-line ConditionalExpression: a policy that is no string is in no set of policy names either
        if (typeof entry.policy !== "string" || !known.has(entry.policy)) problems.push("it names no policy of the pack");
        return problems;
      };
      const needs = `it needs a known policy name, a justification in words, an owner and an expiry from today to ${latest}`;
      // A waiver holding a value unknown during preview is judged at update, not read as missing a
      // field: it is noted as not verifiable (and waives nothing until then).
      ctx.guard(member, () => {
        const model = member.model;
        // Stryker disable next-line ConditionalExpression,OptionalChaining: a model without waivers has no waivers key; zod leaves an absent key out
        if ("waivers" in model) model.waivers?.forEach((w) => [w.policy, w.justification, w.owner, w.expires]);
      });
      const fromProgram = waiversOf(member.props).flatMap((waiver) => {
        const problems = judge(waiver);
        if (rules.requireConfiguredExceptions && !covered(waiver.policy)) {
          problems.push("the organisation requires every exception in the pack configuration and no valid exception there covers this policy on this resource");
        }
        if (problems.length === 0) return [];
        // Stryker disable next-line StringLiteral: only a well-formed model reaches check, and there every waiver names its policy
        return [`${member.subject} waiver for ${JSON.stringify(waiver.policy ?? "")} waives nothing because ${problems.join(", ")}; ${needs}`];
      });
      const fromConfiguration = configured.flatMap((exception) => {
        const problems = judge(exception);
        if (problems.length === 0) return [];
        return [
          `${member.subject} exception for ${JSON.stringify(exception.policy)} in the pack configuration (resource ${JSON.stringify(exception.resource)}) waives nothing because ${problems.join(", ")}; ${needs}`,
        ];
      });
      return [...fromProgram, ...fromConfiguration];
    },
  });
}
