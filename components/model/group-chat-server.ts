import { z } from "zod";
import { fqdn } from "./primitives";
import { serverFields } from "./server";

/** A Group Chat server (lookup, channel and compliance services) and its database. */
export const groupChatServerSchema = z.strictObject({
  ...serverFields,
  pool: fqdn,
  database: z.strictObject({ sqlServer: fqdn }),
});
export type GroupChatServerModel = z.infer<typeof groupChatServerSchema>;
