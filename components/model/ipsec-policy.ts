import { z } from "zod";
import { fqdn, nonEmpty, portRange } from "./primitives";
import { waivers } from "./waiver";

/** A range of ports on which IPsec is not negotiated. */
export const ipsecExemptionSchema = z.strictObject({
  name: nonEmpty,
  protocol: z.enum(["udp", "tcp", "any"]),
  ports: portRange,
  /** FQDNs of the servers the exemption is applied to. */
  appliesTo: z.array(fqdn).min(1, { error: "must name at least one server" }),
});
export type IpsecExemption = z.infer<typeof ipsecExemptionSchema>;

/** The network's IPsec policy: whether the network relies on IPsec, and its exemptions. */
export const ipsecPolicySchema = z.strictObject({
  required: z.boolean(),
  exemptions: z.array(ipsecExemptionSchema),
  waivers,
});
export type IpsecPolicyModel = z.infer<typeof ipsecPolicySchema>;
