import type { ModelOf } from "../../components/model/catalog";
import { resourcePolicy } from "../framework/define";
import { mediaGatewaySecurity } from "./seed";

/**
 * OCS-GW-3: the gateway link is TLS at both of its ends: the transport the gateway (or SIP trunk)
 * uses, and the transport the Mediation Server's gateway listening address accepts.
 */
export const mediaGatewayRequireTls = resourcePolicy({
  name: "media-gateway-require-tls",
  description: "The link between a media gateway or SIP trunk and its Mediation Server must use TLS, both in the gateway's transport and on the Mediation Server's external edge.",
  requirements: ["OCS-GW-3"],
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["mediaGateway", "mediationServer"],
  seed: mediaGatewaySecurity("Enable TLS on the link between the gateway and the Mediation Server."),
  remediationSteps:
    "On the media gateway (or with the SIP trunk provider) configure the next-hop connection to the Mediation Server as TLS with a certificate whose subject is the gateway FQDN, issued by a CA the Mediation Server trusts; in the Mediation Server properties set the gateway listening transport to TLS; set transport tls on the MediaGateway and external.transport tls on the MediationServer component.",
  check: (member) => {
    if (member.kind === "mediaGateway") {
      const gateway = member.model as ModelOf<"mediaGateway">;
      return gateway.transport === "tls"
        ? []
        : [`${member.subject} connects to its Mediation Server over ${gateway.transport}; the gateway link must use tls.`];
    }
    // appliesTo lists two kinds, so the model is narrowed by the member's kind.
    const external = (member.model as ModelOf<"mediationServer">).external;
    // A Mediation Server without an external edge is OCS-GW-4's finding.
    if (external === undefined || external.transport === "tls" || external.transport === "mtls") return [];
    return [`${member.subject} external edge uses transport ${external.transport}; the gateway link must use tls.`];
  },
});
