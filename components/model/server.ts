import { z } from "zod";
import { certificateSchema } from "./certificate";
import { fqdn, nonEmpty } from "./primitives";
import { waivers } from "./waiver";

/** A Windows account that runs an OCS service, with the groups it belongs to. */
export const serviceAccountSchema = z.strictObject({
  name: nonEmpty,
  groups: z.array(nonEmpty),
});
export type ServiceAccount = z.infer<typeof serviceAccountSchema>;

/**
 * Fields every OCS server carries: where it is, the certificate assigned to it and what is
 * installed on it (role-based setup, OCS-ROLE-1).
 */
export const serverFields = {
  /** The computer's FQDN. Two components with the same FQDN are collocated on one computer. */
  fqdn,
  /** The site (central or branch) the server belongs to. */
  site: nonEmpty,
  /** The certificate assigned to the server. Optional here so that its absence is reported by policy. */
  certificate: certificateSchema.optional(),
  /** Services installed on the computer. */
  services: z.array(nonEmpty),
  /** Accounts the services run as. */
  serviceAccounts: z.array(serviceAccountSchema).optional(),
  waivers,
};
