import { stackPolicy, type Finding } from "../framework/define";
import { mediationServersOf, membersNamed } from "./attachment";
import { mediaGatewaySecurity } from "./seed";

/**
 * OCS-GW-8: each gateway or trunk is attached to exactly one Mediation Server of the topology,
 * and each Mediation Server forwards to something that exists (OCS-X-2 judges what it is).
 */
export const mediaGatewayRequireSingleMediationServer = stackPolicy({
  name: "media-gateway-require-single-mediation-server",
  description: "Each media gateway or SIP trunk must name exactly one Mediation Server of the topology, and each Mediation Server's next hop must name a component of the topology.",
  requirements: ["OCS-GW-8"],
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["mediaGateway", "mediationServer"],
  seed: mediaGatewaySecurity(
    "The external edge of a Mediation Server should be configured as the internal next-hop proxy for the media gateway.",
  ),
  remediationSteps:
    "Attach the media gateway or SIP trunk to one Mediation Server of the deployment (the Mediation Server whose Gateway listening address it uses as next hop) and set its mediationServer to that server's FQDN; in the Mediation Server properties select the pool or Standard Edition server of the deployment as its next hop and set nextHop to its FQDN.",
  check: (view, ctx) => {
    const findings: Finding[] = [];
    for (const gateway of view.of("mediaGateway")) {
      ctx.guard(gateway, () => {
        const servers = mediationServersOf(view, gateway);
        if (servers.length === 1) return;
        const found =
          servers.length === 0
            ? "which is not a Mediation Server of the topology"
            : `which matches ${servers.length} Mediation Servers (${servers.map((s) => s.subject).join(", ")})`;
        findings.push({
          urn: gateway.urn,
          subject: gateway.subject,
          message: `${gateway.subject} names Mediation Server ${gateway.model.mediationServer}, ${found}; it must be attached to exactly one Mediation Server of the topology.`,
        });
      });
    }
    for (const server of view.of("mediationServer")) {
      ctx.guard(server, () => {
        if (membersNamed(view, server.model.nextHop).length > 0) return;
        findings.push({
          urn: server.urn,
          subject: server.subject,
          message: `${server.subject} next hop is ${server.model.nextHop}, which is not in the topology; it must name a pool or Standard Edition server of the topology.`,
        });
      });
    }
    return findings;
  },
});
