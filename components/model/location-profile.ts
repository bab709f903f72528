import { z } from "zod";
import { nonEmpty } from "./primitives";
import { waivers } from "./waiver";

/** An Enterprise Voice location (voice) profile. */
export const locationProfileSchema = z.strictObject({
  /** Unique; at most 256 characters of letters, digits and `- . + _ ( )`, no spaces. */
  name: z
    .string()
    .max(256, { error: "must be at most 256 characters" })
    .regex(/^[A-Za-z0-9.+_()-]+$/, { error: "may hold only letters, digits and - . + _ ( ), without spaces" }),
  /** Whether the profile is integrated with Exchange UM (then it needs a dial plan). */
  exchangeUm: z.boolean(),
  site: nonEmpty.optional(),
  waivers,
});
export type LocationProfileModel = z.infer<typeof locationProfileSchema>;
