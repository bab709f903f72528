import { z } from "zod";
import { fqdn } from "./primitives";
import { serverFields } from "./server";

/** A Monitoring Server (CDR and QoE), the pools it monitors, and its database. */
export const monitoringServerSchema = z.strictObject({
  ...serverFields,
  pools: z.array(fqdn).min(1, { error: "must name at least one associated pool" }),
  database: z.strictObject({ sqlServer: fqdn }),
});
export type MonitoringServerModel = z.infer<typeof monitoringServerSchema>;
