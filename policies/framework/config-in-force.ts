/**
 * The configuration the engine gave each policy in this pack process.
 *
 * The engine hands a policy only its own configuration (`getConfig`), yet the accepted-risk
 * report re-judges the waived policies and must do so with their configuration, not the
 * defaults: a waiver on a port the team configured as expected waives nothing. The engine sends
 * the pack's configuration once, before any Analyze call, and runs the report after every other
 * policy (it is last in the pack), so what each policy saw is what is in force for the run.
 */
const seen = new Map<string, Record<string, unknown>>();

/** Records the raw configuration a policy was given by the engine. */
export function recordConfigInForce(policy: string, config: Record<string, unknown>): void {
  seen.set(policy, config);
}

/** The raw configuration `policy` was last given, or none (its defaults) if it has not run. */
export function configInForce(policy: string): Record<string, unknown> {
  return seen.get(policy) ?? {};
}
