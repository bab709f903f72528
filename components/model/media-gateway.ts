import { z } from "zod";
import { certificateSchema } from "./certificate";
import { fqdn, ipv4, port } from "./primitives";
import { waivers } from "./waiver";

/** A basic media gateway to the PSTN, or a SIP trunk provider reached through a Mediation Server. */
export const mediaGatewaySchema = z.strictObject({
  kind: z.enum(["basic-gateway", "sip-trunk"]),
  fqdn,
  ip: ipv4,
  port,
  /** Transport of the link between the gateway and its Mediation Server. */
  transport: z.enum(["tls", "tcp"]),
  /** FQDN of the Mediation Server the gateway is attached to. */
  mediationServer: fqdn,
  /** The gateway's next-hop proxy: must be that Mediation Server's external edge. */
  nextHop: z.strictObject({ ip: ipv4, port }),
  /** The certificate the gateway presents for mutual TLS. */
  certificate: certificateSchema.optional(),
  waivers,
});
export type MediaGatewayModel = z.infer<typeof mediaGatewaySchema>;
