import { ensureConfigureTap } from "./serve";
import type { Policies, Severity } from "@pulumi/policy";
import { z } from "zod";
import { describeIssues } from "../components/model/describe-issues";
import { policyAreas, ruleAreas, type PolicyArea } from "./areas";
import type { OcsPolicy } from "./framework/define";
import { requirementIds, type RequirementId } from "./framework/requirements";
import { riskPolicies } from "./risk";

/**
 * Which policies an organisation's own pack serves. Every criterion given narrows the selection;
 * the values listed in one criterion are alternatives. With no criterion, every policy is selected.
 */
export interface PolicySelection {
  /** Policies that enforce at least one of these requirement IDs, e.g. `["OCS-GW-4", "OCS-UM-1"]`. */
  requirements?: readonly RequirementId[];
  /** Policies of these areas (the folders of `policies/`), e.g. `["gateway", "um"]`. */
  areas?: readonly PolicyArea[];
  /** Policies of these severities, e.g. `["critical", "high"]`. */
  severities?: readonly Severity[];
}

const severities = ["low", "medium", "high", "critical"] as const satisfies readonly Severity[];

// JavaScript callers and configuration files reach this too, so the selection is checked whole.
const selectionSchema = z.strictObject({
  requirements: z.array(z.enum(requirementIds)).min(1).optional(),
  areas: z.array(z.enum(policyAreas as [PolicyArea, ...PolicyArea[]])).min(1).optional(),
  severities: z.array(z.enum(severities)).min(1).optional(),
});

const SUBJECT = "The ocs-guard policy selection";
const CRITERIA = Object.keys(selectionSchema.shape).join(", ");

function problems(error: z.ZodError, selection: unknown): string[] {
  const unknownCriteria = error.issues.flatMap((issue) => (issue.code === "unrecognized_keys" ? issue.keys : []));
  const others = error.issues.filter((issue) => issue.code !== "unrecognized_keys");
  return [
    ...unknownCriteria.map((key) => `${SUBJECT}: ${JSON.stringify(key)} is not a criterion; the criteria are ${CRITERIA}.`),
    ...describeIssues(SUBJECT, others, selection),
  ];
}

function matches(policy: OcsPolicy, area: PolicyArea, selection: PolicySelection): boolean {
  const { requirements, areas, severities: levels } = selection;
  // Stryker disable next-line MethodExpression: every policy enforces one requirement ID, where some and every agree
  if (requirements && !policy.info.requirements.some((id) => requirements.includes(id))) return false;
  if (areas && !areas.includes(area)) return false;
  if (levels && !levels.includes(policy.info.severity)) return false;
  return true;
}

/**
 * The ocs-guard policies a selection names, in the order the full pack serves them, followed by
 * the two waiver policies (OCS-RISK-1) built for exactly these policies: a waiver is honoured by
 * every selected policy, so every pack must also refuse a bad waiver and report each accepted
 * risk, and a waiver naming a policy the pack does not serve is refused.
 *
 * Throws one sentence per problem when the selection names an unknown requirement ID, area or
 * severity, and when it selects no policy that judges the topology.
 */
export function selectPolicies(selection: PolicySelection = {}): OcsPolicy[] {
  const parsed = selectionSchema.safeParse(selection);
  if (!parsed.success) throw new Error(problems(parsed.error, selection).join("\n"));
  const chosen = Object.entries(ruleAreas).flatMap(([area, policies]) =>
    policies.filter((policy) => matches(policy, area as PolicyArea, parsed.data)),
  );
  if (chosen.length === 0) {
    throw new Error(
      `${SUBJECT} ${JSON.stringify(selection)} matches no policy that judges the topology; ` +
        "list the policies with `npx ocs-guard policies` and widen the selection.",
    );
  }
  return [...chosen, ...riskPolicies(() => chosen)];
}

/**
 * The policy objects of a selection, ready for a pack:
 * `new PolicyPack("contoso-voice", { policies: select({ areas: ["gateway", "um"] }) })`.
 * It also puts the Configure tap in place (see serve.ts), so that pack's configuration reaches the
 * waiver rules; `servePack(name, selectPolicies(...))` does both in one call.
 */
export function select(selection: PolicySelection = {}): Policies {
  const policies = selectPolicies(selection);
  ensureConfigureTap(() => policies);
  return policies.map((p) => p.policy);
}
