import { z } from "zod";
import { port } from "../../components/model/primitives";
import { resourcePolicy } from "../framework/define";
import { mediaGatewaySecurity } from "./seed";

/** OCS-GW-7 (port part): sources disagree on the TLS default, so the expected port is configurable. */
export const mediationServerConfigureExternalPort = resourcePolicy({
  name: "mediation-server-configure-external-port",
  description: "A Mediation Server's external edge should listen on the expected port (5060 by default).",
  requirements: ["OCS-GW-7"],
  severity: "low",
  enforcementLevel: "advisory",
  appliesTo: ["mediationServer"],
  config: z.object({ expectedPort: port.default(5060) }),
  seed: mediaGatewaySecurity(
    "The IP address should not be the same as that of the internal edge, but the default port is 5060.",
  ),
  remediationSteps:
    "In the Mediation Server properties set the Gateway listening port to 5060 (or set this policy's expectedPort to the port your gateways use), update every gateway's next hop to match, and set external.port of the MediationServer component.",
  check: (member, ctx) => {
    const external = member.model.external;
    // A Mediation Server without an external edge is OCS-GW-4's finding.
    if (external === undefined || external.port === ctx.config.expectedPort) return [];
    return [`${member.subject} external edge listens on port ${external.port}; the expected port is ${ctx.config.expectedPort}.`];
  },
});
