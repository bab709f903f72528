import { catalog } from "../../components/model/catalog";
import { type Evaluation, type OcsPolicy, stackPolicy } from "../framework/define";
import { policyConfig } from "../framework/pack-config";
import type { Member, StackResource } from "../framework/topology-view";
import { type Acceptance, acceptancesOf } from "../framework/waivers";
import { assessRisksOfNonDefaultOptions } from "./seed";

function acceptance(a: Acceptance): string {
  const ticket = a.ticket !== undefined ? `; ticket ${a.ticket}` : "";
  return `accepted by ${a.owner} until ${a.expires}: ${a.justification}${ticket} (recorded in the ${a.recordedIn})`;
}

/** The members of one topology as stack resources again, so another policy can judge them. */
function stackResources(members: readonly Member[]): StackResource[] {
  const root = members.find((m) => m.kind === "topology");
  const parent = root && { type: catalog.topology.token, urn: root.urn, name: root.name, props: root.props };
  return members.map((m) =>
    // Stryker disable next-line ConditionalExpression: a Topology given a copy of itself as parent still heads the same view
    m === root && parent ? parent : { type: catalog[m.kind].token, urn: m.urn, name: m.name, props: m.props, parent },
  );
}

/**
 * Lists every accepted risk on every preview: each violation a valid waiver or configured
 * exception turned into this advisory report, each one whose policy finds nothing to waive today,
 * and each one on a component whose model cannot be read (which still violates).
 */
export function waiverReportAcceptedRisks(policies: () => readonly OcsPolicy[]): OcsPolicy {
  const byName = () => new Map(policies().map((p) => [p.info.name, p]));
  return stackPolicy({
    name: "waiver-report-accepted-risks",
    requirements: ["OCS-RISK-1"],
    // Kept word for word: recorded event logs carry it, and the gate strips it from their messages.
    description: "Reports every deviation accepted by a valid waiver, with its justification, owner and expiry.",
    severity: "low",
    enforcementLevel: "advisory",
    waivable: false,
    appliesTo: [],
    seed: assessRisksOfNonDefaultOptions,
    remediationSteps:
      "Review each accepted risk before its expiry: fix the deviation and remove the waiver or exception, or renew it with a fresh assessment.",
    check(view, ctx) {
      const known = byName();
      const evaluations = new Map<string, Evaluation>();
      const evaluationOf = (policy: OcsPolicy): Evaluation => {
        const cached = evaluations.get(policy.info.name);
        // Stryker disable next-line ConditionalExpression: the cache saves re-judging; a second judgement gives the same evaluation
        if (cached) return cached;
        // Re-judged with the values the engine configured, not the defaults.
        const evaluation = policy.evaluate(stackResources(view.members), policyConfig(policy.info.name), ctx.now, ctx.waiverRules);
        evaluations.set(policy.info.name, evaluation);
        return evaluation;
      };
      return view.members.flatMap((member) =>
        acceptancesOf(member, ctx.now, ctx.waiverRules).flatMap((accepted) => {
          const policy = known.get(accepted.policy);
          if (!policy) return [];
          const evaluation = evaluationOf(policy);
          const waived = evaluation.waived.filter((f) => f.urn === member.urn);
          // "No violation" would overstate it while the waived policy cannot judge this component yet.
          const pending = evaluation.unverifiable.some((u) => u.subject === member.subject || u.subject === `topology "${view.name}"`);
          const now = pending ? "which cannot judge it until update" : "which finds no violation now";
          const messages =
            waived.length > 0
              ? waived.map((f) => `waived: ${f.message.replace(/\.$/, "")}; ${acceptance(accepted)}`)
              : [`accepted risk: ${member.subject} waives ${accepted.policy}, ${now}; ${acceptance(accepted)}`];
          return messages.map((message) => ({ urn: member.urn, subject: member.subject, message }));
        }),
      );
    },
    checkMalformed(member, ctx) {
      const known = byName();
      return acceptancesOf(member, ctx.now, ctx.waiverRules)
        .filter((accepted) => known.has(accepted.policy))
        .map((accepted) => ({
          urn: member.urn,
          subject: member.subject,
          message: `accepted risk on a component that cannot be judged: ${member.subject} waives ${accepted.policy}, but its model is malformed, so ${accepted.policy} still reports it as a violation; ${acceptance(accepted)}`,
        }));
    },
  });
}
