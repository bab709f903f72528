import { catalog } from "../../components/model/catalog";
import type { Waiver } from "../../components/model/waiver";
import { type Evaluation, type OcsPolicy, stackPolicy } from "../framework/define";
import type { Member, StackResource } from "../framework/topology-view";
import { configInForce } from "../framework/config-in-force";
import { waiversOf, waiverStatus } from "../framework/waivers";
import { assessRisksOfNonDefaultOptions } from "./seed";

function acceptance(waiver: Waiver): string {
  return `accepted by ${waiver.owner} until ${waiver.expires}: ${waiver.justification}`;
}

/** The members of one topology as stack resources again, so another policy can judge them. */
function stackResources(members: readonly Member[]): StackResource[] {
  const root = members.find((m) => m.kind === "topology");
  const parent = root && { type: catalog.topology.token, urn: root.urn, name: root.name, props: root.props };
  return members.map((m) =>
    m === root && parent ? parent : { type: catalog[m.kind].token, urn: m.urn, name: m.name, props: m.props, parent },
  );
}

/**
 * Lists every accepted risk on every preview: each violation a valid waiver turned into this
 * advisory report, and each valid waiver whose policy finds nothing to waive today.
 */
export function waiverReportAcceptedRisks(policies: () => readonly OcsPolicy[]): OcsPolicy {
  return stackPolicy({
    name: "waiver-report-accepted-risks",
    requirements: ["OCS-RISK-1"],
    description: "Reports every deviation accepted by a valid waiver, with its justification, owner and expiry.",
    severity: "low",
    enforcementLevel: "advisory",
    waivable: false,
    appliesTo: [],
    seed: assessRisksOfNonDefaultOptions,
    remediationSteps:
      "Review each accepted risk before its expiry: fix the deviation and remove the waiver, or renew the waiver with a fresh assessment.",
    check(view, ctx) {
      const byName = new Map(policies().map((p) => [p.info.name, p]));
      const evaluations = new Map<string, Evaluation>();
      const evaluationOf = (policy: OcsPolicy): Evaluation => {
        const cached = evaluations.get(policy.info.name);
        if (cached) return cached;
        const evaluation = policy.evaluate(stackResources(view.members), configInForce(policy.info.name), ctx.now);
        evaluations.set(policy.info.name, evaluation);
        return evaluation;
      };
      return view.members.flatMap((member) =>
        waiversOf(member.props)
          .filter((w): w is Waiver => waiverStatus(w, ctx.now).valid && typeof w.policy === "string")
          .flatMap((waiver) => {
            const policy = byName.get(waiver.policy);
            if (!policy) return [];
            const waived = evaluationOf(policy).waived.filter((f) => f.urn === member.urn);
            const messages =
              waived.length > 0
                ? waived.map((f) => `waived: ${f.message.replace(/\.$/, "")}; ${acceptance(waiver)}`)
                : [`accepted risk: ${member.subject} waives ${waiver.policy}, which finds no violation now; ${acceptance(waiver)}`];
            return messages.map((message) => ({ urn: member.urn, subject: member.subject, message }));
          }),
      );
    },
  });
}
