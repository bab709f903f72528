import { z } from "zod";
import { authenticationProtocols, fqdn } from "./primitives";
import { serverFields } from "./server";

/** A Communicator Web Access server and the site it publishes. */
export const communicatorWebAccessSchema = z.strictObject({
  ...serverFields,
  /** Host name of the published site URL. */
  siteUrl: fqdn,
  /** FQDN of the pool it signs users in to. */
  pool: fqdn,
  authentication: authenticationProtocols,
  remoteUserAccess: z.boolean(),
});
export type CommunicatorWebAccessModel = z.infer<typeof communicatorWebAccessSchema>;
