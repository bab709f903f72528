/**
 * Exceptions owned by the organisation: accepted deviations recorded in the pack configuration
 * (the `--policy-pack-config` file or a Pulumi Cloud policy group), under the configuration of
 * `waiver-require-justification-owner-expiry`, so `pulumi policy validate-config` checks their
 * shape against that policy's configSchema. A pull request cannot change them, unlike a waiver
 * written in the program.
 */
import { z } from "zod";
import { isoDate } from "../../components/model/primitives";
import { policyConfig } from "./pack-config";

/** The policy whose configuration holds the exceptions and the waiver rules. */
export const EXCEPTIONS_POLICY = "waiver-require-justification-owner-expiry";

export const configuredExceptionSchema = z.strictObject({
  /** Name of the policy whose violation is accepted. */
  policy: z.string().min(1),
  /** The resources it covers: a URN, a resource name, or a glob over either (`*` any characters, `?` one). */
  resource: z.string().min(1),
  /** Why the deviation is acceptable: the assessment of the risk, in words. */
  justification: z.string(),
  /** Who accepted the risk. */
  owner: z.string(),
  /** Last day the exception holds, YYYY-MM-DD. */
  expires: isoDate,
  /** Reference of the ticket or risk record, if any. */
  ticket: z.string().min(1).optional(),
});
export type ConfiguredException = z.infer<typeof configuredExceptionSchema>;

export const waiverRulesConfig = z.object({
  /** Exceptions accepted by the organisation. */
  exceptions: z.array(configuredExceptionSchema).default([]),
  /** When true, a waiver written in the program counts only if an exception here covers the same policy and resource. */
  requireConfiguredExceptions: z.boolean().default(false),
  /** The furthest an expiry may lie ahead, in days (waivers and exceptions alike). */
  maximumHorizonDays: z.number().int().positive().default(365),
});
export type WaiverRules = z.infer<typeof waiverRulesConfig>;

export const defaultWaiverRules: WaiverRules = waiverRulesConfig.parse({});

/**
 * The waiver rules in force: what Configure sent, or the defaults. Configure refuses an invalid
 * configuration, so failing here means it was bypassed: no waiver may then count.
 */
export function waiverRulesInForce(): WaiverRules {
  return waiverRulesOf(policyConfig(EXCEPTIONS_POLICY));
}

/** The waiver rules of a configuration of EXCEPTIONS_POLICY (its raw values, without the enforcement level). */
export function waiverRulesOf(raw: Record<string, unknown>): WaiverRules {
  const result = waiverRulesConfig.safeParse(raw);
  if (!result.success) throw new Error(`The configuration of ${EXCEPTIONS_POLICY} is invalid, so no waiver can be judged.`);
  return result.data;
}
