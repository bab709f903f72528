import { isUnknownValueError } from "../framework/not-verifiable";
import { sameFqdn } from "../../components/model/fqdn";

/**
 * Resolves a reference by FQDN or name (gateway → Mediation Server, Mediation Server → pool,
 * dial plan → location profile) against the candidates' own FQDNs or names, in the one spelling
 * of a DNS name (case-insensitive, trailing dot ignored), as DNS and OCS compare them.
 *
 * A candidate whose key is unknown during preview might be the target, so when nothing known
 * matches the lookup re-raises that unknown: the caller's judgement becomes "not verifiable
 * until update" instead of a false "does not resolve". A known match is still a match.
 */
export function resolveReference<T>(candidates: readonly T[], keyOf: (candidate: T) => string, target: string): T[] {
  const matches: T[] = [];
  let unknown: unknown;
  for (const candidate of candidates) {
    try {
      if (sameFqdn(keyOf(candidate), target)) matches.push(candidate);
    } catch (error) {
      if (!isUnknownValueError(error)) throw error;
      unknown ??= error;
    }
  }
  if (matches.length === 0 && unknown !== undefined) throw unknown;
  return matches;
}
