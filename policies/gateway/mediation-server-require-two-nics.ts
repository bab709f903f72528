import { resourcePolicy } from "../framework/define";
import { mediaGatewaySecurity } from "./seed";

/** OCS-GW-4: two adapters, each with its own listening address, isolate the PSTN side. */
export const mediationServerRequireTwoNics = resourcePolicy({
  name: "mediation-server-require-two-nics",
  description: "A Mediation Server must have an internal and an external edge on two different network adapters with two different listening IP addresses.",
  requirements: ["OCS-GW-4"],
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["mediationServer"],
  seed: mediaGatewaySecurity(
    "Physically isolate the media gateway from the internal network by deploying the Mediation Server on a computer with two network adapters: the first accepting traffic only from the internal network, and the second accepting traffic from a media gateway.",
  ),
  remediationSteps:
    "Install a second network adapter in the Mediation Server computer, give it its own IP address in the gateway network, and in the Mediation Server properties set the Communications Server listening IP address to the internal adapter's address and the Gateway listening IP address to the second adapter's address; describe both edges (adapter, ip, subnet) in the MediationServer component.",
  check: (member) => {
    const { internal, external } = member.model;
    if (external === undefined) {
      return [`${member.subject} has only its internal edge on adapter ${internal.adapter}; it needs a second adapter as external (gateway) edge.`];
    }
    const messages: string[] = [];
    if (external.adapter.toLowerCase() === internal.adapter.toLowerCase()) {
      messages.push(`${member.subject} external edge uses adapter ${external.adapter}, the same as its internal edge; each edge must have its own network adapter.`);
    }
    if (external.ip === internal.ip) {
      messages.push(`${member.subject} external edge listens on ${external.ip}, the internal edge's address; each edge must have its own listening IP address.`);
    }
    return messages;
  },
});
