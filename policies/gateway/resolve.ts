import { isUnknownValueError } from "../framework/not-verifiable";

/**
 * Resolves a reference by FQDN or name (gateway → Mediation Server, Mediation Server → pool,
 * dial plan → location profile) against the candidates' own FQDNs or names, case-insensitively,
 * as DNS and OCS compare them.
 *
 * A candidate whose key is unknown during preview might be the target, so when nothing known
 * matches the lookup re-raises that unknown: the caller's judgement becomes "not verifiable
 * until update" instead of a false "does not resolve". A known match is still a match.
 */
export function resolveReference<T>(candidates: readonly T[], keyOf: (candidate: T) => string, target: string): T[] {
  const wanted = target.toLowerCase();
  const matches: T[] = [];
  let unknown: unknown;
  for (const candidate of candidates) {
    try {
      if (keyOf(candidate).toLowerCase() === wanted) matches.push(candidate);
    } catch (error) {
      if (!isUnknownValueError(error)) throw error;
      unknown ??= error;
    }
  }
  if (matches.length === 0 && unknown !== undefined) throw unknown;
  return matches;
}
