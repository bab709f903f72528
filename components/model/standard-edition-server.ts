import { z } from "zod";
import { authenticationProtocols, ipv4, mediaEncryption, sipListener } from "./primitives";
import { serverFields } from "./server";

/** A Standard Edition server: front end, web components and SQL Server Express on one computer. */
export const standardEditionServerSchema = z.strictObject({
  ...serverFields,
  ip: ipv4.optional(),
  sipListeners: z.array(sipListener).min(1, { error: "must list at least one SIP listener" }),
  /** Media encryption level of the server's A/V (SRTP). */
  mediaEncryption,
  /** Protocols accepted from internal clients. */
  authentication: authenticationProtocols,
});
export type StandardEditionServerModel = z.infer<typeof standardEditionServerSchema>;
