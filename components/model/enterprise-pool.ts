import { z } from "zod";
import { certificateSchema } from "./certificate";
import { authenticationProtocols, fqdn, ipv4, mediaEncryption, nonEmpty, sipListener } from "./primitives";
import { serviceAccountSchema } from "./server";
import { waivers } from "./waiver";

export const frontEndSchema = z.strictObject({ fqdn, ip: ipv4 });

/**
 * An Enterprise pool in the consolidated topology: front ends that share the pool FQDN and its
 * certificate, a SQL Server back end, and an optional hardware load balancer.
 */
export const enterprisePoolSchema = z.strictObject({
  /** The pool FQDN that clients and peers use. */
  fqdn,
  site: nonEmpty,
  frontEnds: z.array(frontEndSchema).min(1, { error: "must list at least one front end server" }),
  backEnd: z.strictObject({ sqlServer: fqdn, instance: nonEmpty.optional() }),
  loadBalancer: z.strictObject({ fqdn, virtualIp: ipv4 }).optional(),
  /** The certificate on every front end (subject or SAN must cover the pool FQDN). */
  certificate: certificateSchema.optional(),
  /** Services installed on each front end. */
  services: z.array(nonEmpty),
  serviceAccounts: z.array(serviceAccountSchema).optional(),
  sipListeners: z.array(sipListener).min(1, { error: "must list at least one SIP listener" }),
  mediaEncryption,
  authentication: authenticationProtocols,
  waivers,
});
export type EnterprisePoolModel = z.infer<typeof enterprisePoolSchema>;
