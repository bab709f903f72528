import { z } from "zod";
import { fqdn, nonEmpty } from "./primitives";

/** The organisation's OCS deployment: the root that parents every other component. */
export const topologySchema = z.strictObject({
  organization: nonEmpty,
  /** SIP domains the deployment serves (user@domain). */
  sipDomains: z.array(fqdn).min(1, { error: "must list at least one SIP domain" }),
  /** Sites (central and branch) that members name in their `site` field. */
  sites: z.array(nonEmpty).min(1, { error: "must list at least one site" }),
});
export type TopologyModel = z.infer<typeof topologySchema>;
