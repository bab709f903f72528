import { stackPolicy, type Finding } from "../framework/define";
import type { Member } from "../framework/topology-view";
import { exemptionsFor } from "./media-exemptions";
import { mediaGatewaySecurity } from "./seed";

/**
 * OCS-GW-2 (other media roles): the A/V Edge, A/V Conferencing and Exchange UM also carry media
 * that IPsec negotiation would slow, so each without an exemption is reported, as advice.
 */
export const ipsecRecommendMediaRoleExemptions = stackPolicy({
  name: "ipsec-recommend-media-role-exemptions",
  description: "Where the network requires IPsec, each A/V Edge Server, pool or Standard Edition server running A/V Conferencing, and Exchange UM server should have an IPsec exemption applied to it.",
  requirements: ["OCS-GW-2"],
  severity: "low",
  enforcementLevel: "advisory",
  appliesTo: ["ipsecPolicy", "edgeServer", "enterprisePool", "standardEditionServer", "umDialPlan"],
  seed: mediaGatewaySecurity(
    "The security negotiations required by IPsec work for normal UDP or TCP connections, but they can slow call setup to unacceptable levels.",
  ),
  remediationSteps:
    "In the IPsec policy (Group Policy, IP Security Policies) add an exemption (permit filter) for the media port range of each listed server (A/V Edge internal and external, A/V Conferencing Server, Exchange UM), and describe it in the IpsecPolicy component.",
  check: (view, ctx) => {
    const policies = view.of("ipsecPolicy");
    // Read within each member's judgement, so unknown values (whether IPsec is required, the
    // exemptions) make that member not verifiable rather than hiding it.
    const required = () => policies.some((p) => p.model.required);
    const exemptions = () => policies.flatMap((p) => p.model.exemptions);
    const findings: Finding[] = [];
    const judge = (member: Member, role: string, fqdns: () => string[], shown: () => string) =>
      ctx.guard(member, () => {
        if (!required()) return;
        if (fqdns().some((fqdn) => exemptionsFor(fqdn, exemptions()).length > 0)) return;
        findings.push({
          urn: member.urn,
          subject: member.subject,
          message: `${member.subject} ${role} ${shown()} with no IPsec exemption applied; an exemption for its media port range is recommended.`,
        });
      });
    for (const edge of view.of("edgeServer")) {
      // The exemption may name the Edge computer (internal side) or the A/V Edge external FQDN.
      const fqdns = () => [edge.model.fqdn, edge.model.avEdge.fqdn];
      judge(edge, "carries A/V Edge media at", fqdns, () => fqdns().join(", "));
    }
    for (const pool of view.of("enterprisePool")) {
      ctx.guard(pool, () => {
        if (!pool.model.services.includes("av-conferencing")) return;
        const fqdns = () => [pool.model.fqdn, ...pool.model.frontEnds.map((fe) => fe.fqdn)];
        judge(pool, "runs A/V Conferencing at", fqdns, () => fqdns().join(", "));
      });
    }
    for (const se of view.of("standardEditionServer")) {
      ctx.guard(se, () => {
        if (se.model.services.includes("av-conferencing")) judge(se, "runs A/V Conferencing at", () => [se.model.fqdn], () => se.model.fqdn);
      });
    }
    for (const plan of view.of("umDialPlan")) {
      ctx.guard(plan, () => {
        for (const um of plan.model.umServers) judge(plan, "uses Exchange UM server", () => [um], () => um);
      });
    }
    return findings;
  },
});
