import { z } from "zod";
import { fqdn } from "./primitives";
import { waivers } from "./waiver";

export const clientEncryptionLevel = z.enum(["rejected", "optional", "required"]);
export type ClientEncryptionLevel = z.infer<typeof clientEncryptionLevel>;

/**
 * Office Communicator 2007 R2 media encryption level, for everyone (`global`) or for the users
 * homed on the named pools. A pool-scoped policy overrides the global one.
 */
export const clientEncryptionPolicySchema = z.strictObject({
  level: clientEncryptionLevel,
  appliesTo: z.union([z.literal("global"), z.array(fqdn).min(1, { error: "must name at least one pool" })]),
  waivers,
});
export type ClientEncryptionPolicyModel = z.infer<typeof clientEncryptionPolicySchema>;
