import { z } from "zod";
import { fqdn, nonEmpty } from "./primitives";
import { waivers } from "./waiver";

export const voipSecurity = z.enum(["Unsecured", "SIPSecured", "Secured"]);
export type VoipSecurity = z.infer<typeof voipSecurity>;

/** An Exchange Unified Messaging dial plan integrated with OCS. */
export const umDialPlanSchema = z.strictObject({
  /** The dial plan's FQDN; the location profile it serves is named after it. */
  fqdn,
  /** The VoipSecurity level. Optional here so that an unchosen level is reported by policy. */
  voipSecurity: voipSecurity.optional(),
  mutualTls: z.boolean(),
  srtp: z.boolean(),
  /** Name of the location profile this dial plan serves. */
  locationProfile: nonEmpty,
  /** FQDNs of the pools (or Standard Edition servers) whose users are enabled on this dial plan. */
  servesPools: z.array(fqdn).min(1, { error: "must name at least one pool whose users it serves" }),
  /** FQDNs of the Exchange UM servers of this dial plan. */
  umServers: z.array(fqdn).min(1, { error: "must name at least one Exchange UM server" }),
  waivers,
});
export type UmDialPlanModel = z.infer<typeof umDialPlanSchema>;
