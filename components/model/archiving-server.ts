import { z } from "zod";
import { fqdn } from "./primitives";
import { serverFields } from "./server";

/** An Archiving Server, the pools it archives for, and its database. */
export const archivingServerSchema = z.strictObject({
  ...serverFields,
  pools: z.array(fqdn).min(1, { error: "must name at least one associated pool" }),
  database: z.strictObject({ sqlServer: fqdn }),
});
export type ArchivingServerModel = z.infer<typeof archivingServerSchema>;
