import { formatRange, rangeCovers } from "../../components/network";
import { resourcePolicy } from "../framework/define";
import { federationNote, federationPortsConfig, legacyAvPartners } from "./federation";

export const edgeLimitAvPortsToR2 = resourcePolicy({
  name: "edge-limit-av-ports-to-r2",
  requirements: ["OCS-FED-2"],
  description:
    "An Edge Server whose A/V federation partners all run OCS 2007 R2 opens only RTP/TCP outbound in the A/V range, and none of it without A/V federation.",
  severity: "low",
  enforcementLevel: "advisory",
  appliesTo: ["edgeServer"],
  seed: {
    ...federationNote,
    text: "At that time, port requirements can be reviewed and reduced according to the new configuration.",
  },
  remediationSteps:
    "On the external firewall in front of the A/V Edge external interface, close UDP 50,000-59,999 and inbound TCP 50,000-59,999, keeping only outbound TCP 50,000-59,999 (close that too when no partner federates audio/video), and remove the matching `avEdge.externalPortRules`.",
  config: federationPortsConfig,
  check(member, ctx) {
    const { avEdge, federation } = member.model;
    if (legacyAvPartners(federation.partners, ctx.config.legacyVersions).length > 0) return [];
    const range = ctx.config.federationRange;
    const rules = avEdge.externalPortRules;
    if (!federation.partners.some((p) => p.audioVideo)) {
      return rules.map(
        (r) =>
          `${member.subject} A/V Edge external interface opens ${r.protocol} ${r.direction} ${formatRange(r.ports)}; with no A/V federation partner it needs no port rule`,
      );
    }
    return rules
      .filter((r) => !(r.protocol === "tcp" && r.direction === "outbound" && rangeCovers(range, r.ports)))
      .map(
        (r) =>
          `${member.subject} A/V Edge external interface opens ${r.protocol} ${r.direction} ${formatRange(r.ports)}; with only OCS 2007 R2 A/V partners it needs only tcp outbound within ${formatRange(range)}`,
      );
  },
});
