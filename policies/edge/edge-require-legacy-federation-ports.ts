import { formatRange } from "../../components/network";
import { resourcePolicy } from "../framework/define";
import { federationNote, federationPortsConfig, legacyAvPartners } from "./federation";
import { describeOpen, legacyCombinations, rulesCover } from "./port-coverage";

export const edgeRequireLegacyFederationPorts = resourcePolicy({
  name: "edge-require-legacy-federation-ports",
  requirements: ["OCS-FED-1"],
  description:
    "An Edge Server that federates audio/video with a partner still on OCS 2007 opens the OCS 2007 A/V range for RTP/TCP and RTP/UDP, inbound and outbound, on its A/V Edge external interface.",
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["edgeServer"],
  seed: {
    ...federationNote,
    text: "For example, the port ranges required for Office Communications Server 2007 must be implemented for both enterprises until the federated partner upgrades their edge to Office Communications Server 2007 R2.",
  },
  remediationSteps:
    "On the external firewall in front of the A/V Edge external interface, open TCP and UDP 50,000-59,999 both inbound and outbound for the A/V Edge external address, and add the matching `avEdge.externalPortRules`; review and reduce them once the partner has upgraded its Edge to OCS 2007 R2.",
  config: federationPortsConfig,
  check(member, ctx) {
    const { avEdge, federation } = member.model;
    const legacy = legacyAvPartners(federation.partners, ctx.config.legacyVersions);
    if (legacy.length === 0) return [];
    const range = ctx.config.federationRange;
    const partner = legacy[0];
    return legacyCombinations
      .filter(({ protocol, direction }) => !rulesCover(avEdge.externalPortRules, protocol, direction, range))
      .map(
        ({ protocol, direction }) =>
          `${member.subject} A/V Edge external interface opens ${describeOpen(avEdge.externalPortRules, protocol, direction)} for ${protocol} ${direction}; A/V partner ${partner.domain} runs ${partner.edgeVersion}, so ${formatRange(range)} must be open for ${protocol} ${direction}`,
      );
  },
});
