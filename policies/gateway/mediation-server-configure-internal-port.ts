import { z } from "zod";
import { port } from "../../components/model/primitives";
import { resourcePolicy } from "../framework/define";
import { mediaGatewaySecurity } from "./seed";

/** OCS-GW-6 (port part): a non-default internal port is a deliberate choice worth a look. */
export const mediationServerConfigureInternalPort = resourcePolicy({
  name: "mediation-server-configure-internal-port",
  description: "A Mediation Server's internal edge should listen on the expected port (5061 by default).",
  requirements: ["OCS-GW-6"],
  severity: "low",
  enforcementLevel: "advisory",
  appliesTo: ["mediationServer"],
  config: z.object({ expectedPort: port.default(5061) }),
  seed: mediaGatewaySecurity(
    "The internal edge of a Mediation Server should be configured to correspond to a unique static route that is described by an IP address and a port number. The default port is 5061.",
  ),
  remediationSteps:
    "In the Mediation Server properties set the Communications Server listening port to 5061 (or set this policy's expectedPort to the port your organisation chose), and set internal.port of the MediationServer component to match.",
  check: (member, ctx) =>
    member.model.internal.port === ctx.config.expectedPort
      ? []
      : [`${member.subject} internal edge listens on port ${member.model.internal.port}; the expected port is ${ctx.config.expectedPort}.`],
});
