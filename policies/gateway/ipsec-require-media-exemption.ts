import { z } from "zod";
import { formatRange, rangeSize } from "../../components/network";
import { stackPolicy, type Finding } from "../framework/define";
import { exemptionIsSmall, exemptionsFor, mediaRangeExempted } from "./media-exemptions";
import { mediaGatewaySecurity } from "./seed";

/**
 * OCS-GW-2: IPsec negotiation slows call setup, so where the network requires IPsec every
 * Mediation Server's media range is exempted, and by a small range only.
 */
export const ipsecRequireMediaExemption = stackPolicy({
  name: "ipsec-require-media-exemption",
  description: "Where the network requires IPsec and Mediation Servers exist, each Mediation Server's media port range must be covered by a UDP IPsec exemption applied to it, and no such exemption may exceed the maximum number of ports (4,001 by default).",
  requirements: ["OCS-GW-2"],
  severity: "medium",
  enforcementLevel: "mandatory",
  appliesTo: ["ipsecPolicy", "mediationServer"],
  config: z.object({
    /** The largest exemption still "small": 60,000–64,000 is 4,001 ports. */
    maximumPorts: z.number().int().positive().default(4001),
  }),
  seed: mediaGatewaySecurity(
    "Organizations that rely on IPsec for packet security are strongly advised to create an exception on a small media port range if they are to deploy Enterprise Voice.",
  ),
  remediationSteps:
    "In the IPsec policy (Group Policy, IP Security Policies) add or widen an exemption (permit filter) for UDP on the Mediation Server's media port range (60000-64000 by default), apply it to every Mediation Server, keep it to that range rather than a wider one, and describe it in the IpsecPolicy component.",
  check: (view, ctx) => {
    const policies = view.of("ipsecPolicy");
    const servers = view.of("mediationServer");
    if (!policies.some((p) => p.model.required)) return [];
    const findings: Finding[] = [];
    // Stryker disable next-line ArrayDeclaration: a seeded entry that is no DNS name matches no exemption
    const mediationFqdns: string[] = [];
    for (const server of servers) {
      ctx.guard(server, () => {
        const { fqdn, mediaPortRange } = server.model;
        // Read within the server's judgement, so unknown exemptions make this server not verifiable.
        const exemptions = policies.flatMap((p) => p.model.exemptions);
        mediationFqdns.push(fqdn);
        if (mediaRangeExempted(fqdn, mediaPortRange, exemptions)) return;
        const applied = exemptionsFor(fqdn, exemptions).map((e) => `${e.protocol} ${formatRange(e.ports)}`);
        findings.push({
          urn: server.urn,
          subject: server.subject,
          message: `${server.subject} media port range ${formatRange(mediaPortRange)} is exempted from IPsec by ${
            applied.length > 0 ? applied.join(", ") : "no exemption"
          }; a udp exemption applied to ${fqdn} must cover ${formatRange(mediaPortRange)}.`,
        });
      });
    }
    for (const policy of policies) {
      ctx.guard(policy, () => {
        for (const exemption of policy.model.exemptions) {
          const forMediation = mediationFqdns.some((fqdn) => exemptionsFor(fqdn, [exemption]).length > 0);
          if (!forMediation || exemptionIsSmall(exemption, ctx.config.maximumPorts)) continue;
          findings.push({
            urn: policy.urn,
            subject: policy.subject,
            message: `${policy.subject} exemption "${exemption.name}" spans ${rangeSize(exemption.ports)} ports (${formatRange(
              exemption.ports,
            )}); a Mediation Server media exemption must span at most ${ctx.config.maximumPorts} ports.`,
          });
        }
      });
    }
    return findings;
  },
});
