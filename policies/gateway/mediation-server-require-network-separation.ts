import { ipInSubnet, subnetsOverlap } from "../../components/network";
import { stackPolicy, type Finding } from "../framework/define";
import { attachedExternalEdge } from "./attachment";
import { mediaGatewaySecurity } from "./seed";

/**
 * OCS-GW-5: the internal edge hears only the internal network and the external edge only the
 * gateways, so the two networks are disjoint and every gateway sits on the external one.
 */
export const mediationServerRequireNetworkSeparation = stackPolicy({
  name: "mediation-server-require-network-separation",
  description: "A Mediation Server's internal and external edges must be in separate, non-overlapping subnets holding their own addresses, its basic gateways must be in the external subnet, and no gateway may be in a Mediation Server's internal subnet.",
  requirements: ["OCS-GW-5"],
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["mediationServer", "mediaGateway"],
  seed: mediaGatewaySecurity(
    "Each card is configured with a separate listening address so that there is always clear separation between trusted traffic originating in the Communications Server network and untrusted traffic from the PSTN.",
  ),
  remediationSteps:
    "Put the Mediation Server's second adapter and its media gateways on a dedicated gateway network that does not overlap the internal network: in the Mediation Server properties set the Gateway listening IP address to an address of that network, readdress the gateway into it, and route the internal network to the Communications Server listening IP address only.",
  check: (view, ctx) => {
    const findings: Finding[] = [];
    const servers = view.of("mediationServer");
    for (const server of servers) {
      ctx.guard(server, () => {
        const { internal, external } = server.model;
        const found = (message: string) => findings.push({ urn: server.urn, subject: server.subject, message });
        if (!ipInSubnet(internal.ip, internal.subnet)) {
          found(`${server.subject} internal edge address ${internal.ip} is outside its subnet ${internal.subnet}; it must lie in ${internal.subnet}.`);
        }
        // Without an external edge there is nothing to separate; OCS-GW-4 reports it.
        if (external === undefined) return;
        if (!ipInSubnet(external.ip, external.subnet)) {
          found(`${server.subject} external edge address ${external.ip} is outside its subnet ${external.subnet}; it must lie in ${external.subnet}.`);
        }
        if (subnetsOverlap(internal.subnet, external.subnet)) {
          found(`${server.subject} internal subnet ${internal.subnet} overlaps its external subnet ${external.subnet}; the two networks must be separate.`);
        }
      });
    }
    for (const gateway of view.of("mediaGateway")) {
      ctx.guard(gateway, () => {
        const attached = attachedExternalEdge(view, gateway);
        if (attached === undefined) return;
        const { server, external } = attached;
        const { ip, kind } = gateway.model;
        const found = (message: string) => findings.push({ urn: gateway.urn, subject: gateway.subject, message });
        if (kind === "basic-gateway" && !ipInSubnet(ip, external.subnet)) {
          found(`${gateway.subject} address ${ip} is outside the external subnet ${external.subnet} of its ${server.subject}; it must lie in ${external.subnet}.`);
        }
        for (const other of servers) {
          const internalSubnet = other.model.internal.subnet;
          if (ipInSubnet(ip, internalSubnet)) {
            found(`${gateway.subject} address ${ip} is inside the internal subnet ${internalSubnet} of ${other.subject}; gateways must stay outside the internal network.`);
          }
        }
      });
    }
    return findings;
  },
});
