import { addressRange, isPubliclyRoutable } from "../../components/network";
import { resourcePolicy } from "../framework/define";
import { edgeServerDocs } from "./seed";

export const edgeRequirePublicAvAddress = resourcePolicy({
  name: "edge-require-public-av-address",
  requirements: ["OCS-X-3"],
  description: "The A/V Edge external address of an Edge Server is publicly routable, not a private or NATed address.",
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["edgeServer"],
  seed: edgeServerDocs(
    "The A/V Edge external address should be publicly routable (not NATed).",
  ),
  remediationSteps:
    "Assign the A/V Edge external interface a publicly routable IPv4 address (not behind NAT), publish it in the external DNS record of the A/V Edge FQDN, set it in the Edge Server Properties (External tab) of the OCS 2007 R2 administrative tool, and update `avEdge.ip` on the component.",
  check(member) {
    const ip = member.model.avEdge.ip;
    if (isPubliclyRoutable(ip)) return [];
    return [`${member.subject} A/V Edge external address ${ip} is in the ${addressRange(ip)} range; it must be publicly routable`];
  },
});
