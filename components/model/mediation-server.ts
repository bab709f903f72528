import { z } from "zod";
import { cidr, fqdn, ipv4, mediaEncryption, nonEmpty, port, portRange, sipTransport } from "./primitives";
import { serverFields } from "./server";

/** One listening edge of a Mediation Server: the adapter, its address, its network and its port. */
export const mediationEdgeSchema = z.strictObject({
  /** Name of the network adapter, e.g. `NIC1`. Two edges on one adapter are not separated. */
  adapter: nonEmpty,
  ip: ipv4,
  subnet: cidr,
  port,
  transport: sipTransport,
});
export type MediationEdge = z.infer<typeof mediationEdgeSchema>;

/**
 * A Mediation Server: its internal edge faces the pool (the Communications Server listening
 * address), its external edge faces the media gateways (the gateway listening address).
 */
export const mediationServerSchema = z.strictObject({
  ...serverFields,
  internal: mediationEdgeSchema,
  /** Optional here so that a one-adapter server can be described, and reported by policy. */
  external: mediationEdgeSchema.optional(),
  /** Media port range (default 60,000–64,000). */
  mediaPortRange: portRange,
  /** FQDN of the pool or Standard Edition server this server forwards to (its internal next hop). */
  nextHop: fqdn,
  /** Media encryption between the Mediation Server and the Communications Server network. */
  mediaEncryption,
});
export type MediationServerModel = z.infer<typeof mediationServerSchema>;
