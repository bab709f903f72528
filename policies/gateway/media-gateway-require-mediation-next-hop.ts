import { stackPolicy, type Finding } from "../framework/define";
import type { Member } from "../framework/topology-view";
import { attachedExternalEdge } from "./attachment";
import { endpointClashes, formatEndpoint, sameEndpoint, type Endpoint } from "./endpoints";
import { mediaGatewaySecurity } from "./seed";

/**
 * OCS-GW-7: the gateway sends everything to its Mediation Server's external edge, which is a
 * unique IP address and port, on an address other than the internal edge's.
 */
export const mediaGatewayRequireMediationNextHop = stackPolicy({
  name: "media-gateway-require-mediation-next-hop",
  description: "Each media gateway's next hop must be its Mediation Server's external edge IP address and port, that pair must be unique among Mediation Servers, and the external edge IP must differ from the internal edge IP.",
  requirements: ["OCS-GW-7"],
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["mediaGateway", "mediationServer"],
  seed: mediaGatewaySecurity(
    "The external edge of a Mediation Server should be configured as the internal next-hop proxy for the media gateway. It should be identified by a unique combination of IP address and port number.",
  ),
  remediationSteps:
    "On the media gateway (or with the SIP trunk provider) set the next-hop proxy to the Mediation Server's Gateway listening IP address and port; in the Mediation Server properties set the Gateway listening IP address to an address of its own (not the Communications Server listening address, not another Mediation Server's edge); update nextHop of the MediaGateway and external of the MediationServer component.",
  check: (view, ctx) => {
    const findings: Finding[] = [];
    const servers = view.of("mediationServer");
    for (const gateway of view.of("mediaGateway")) {
      ctx.guard(gateway, () => {
        const attached = attachedExternalEdge(view, gateway);
        if (attached === undefined) return;
        const { server, external } = attached;
        const nextHop = gateway.model.nextHop;
        if (sameEndpoint(nextHop, external)) return;
        findings.push({
          urn: gateway.urn,
          subject: gateway.subject,
          message: `${gateway.subject} next hop is ${formatEndpoint(nextHop)}; it must be its ${server.subject} external edge ${formatEndpoint(external)}.`,
        });
      });
    }
    const owners: { owner: Member<"mediationServer">; endpoints: Endpoint[] }[] = [];
    for (const server of servers) {
      ctx.guard(server, () => {
        const { internal, external } = server.model;
        if (external === undefined) return;
        owners.push({ owner: server, endpoints: [{ ip: external.ip, port: external.port }] });
        if (external.ip === internal.ip) {
          findings.push({
            urn: server.urn,
            subject: server.subject,
            message: `${server.subject} external edge IP is ${external.ip}, the same as its internal edge; the external edge must use a different IP address.`,
          });
        }
      });
    }
    for (const [server, clashes] of endpointClashes(owners)) {
      for (const { endpoint, others } of clashes) {
        findings.push({
          urn: server.urn,
          subject: server.subject,
          message: `${server.subject} external edge ${formatEndpoint(endpoint)} is also the external edge of ${others
            .map((o) => o.subject)
            .join(", ")}; each external edge must be a unique IP address and port.`,
        });
      }
    }
    return findings;
  },
});
