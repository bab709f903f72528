import { z } from "zod";
import { isoDate } from "./primitives";

/**
 * An accepted deviation from one policy on the resource that carries it (OCS-RISK-1). The shape
 * is checked here; whether it is complete and still in force is judged by the policy pack, so a
 * waiver with an empty justification or owner reaches the preview and is reported there.
 */
export const waiverSchema = z.strictObject({
  /** Name of the policy whose violation on this resource is accepted. */
  policy: z.string().min(1, { error: "must name the policy being waived" }),
  /** Why the deviation is acceptable: the assessment of the risk. */
  justification: z.string(),
  /** Who accepted the risk. */
  owner: z.string(),
  /** Last day the waiver holds. */
  expires: isoDate,
});
export type Waiver = z.infer<typeof waiverSchema>;

export const waivers = z.array(waiverSchema).optional();
