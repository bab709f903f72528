import type { z } from "zod";
import { describeIssues } from "../../components/model/describe-issues";
import type { ReceivedConfiguration } from "./sdk-configure";

/** The engine's key that sets the enforcement level of every policy at once. */
const ALL_POLICIES = "all";

/** What configuration validation needs to know about a policy. */
export interface ConfigurablePolicy {
  info: { name: string };
  /** One sentence per problem of a policy's raw configuration (unknown keys, types, cross-field rules). */
  configProblems(raw: Record<string, unknown>): string[];
}

/** Edit distance between two words, ignoring case: how far a misspelling is from the intended word. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

/** The valid word closest to `word`, if it is close enough to be what was meant. */
export function nearest(word: string, valid: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const name of valid) {
    const d = distance(word, name);
    if (best === undefined || d < best.d) best = { name, d };
  }
  return best && best.d <= Math.max(2, Math.floor(best.name.length / 3)) ? best.name : undefined;
}

function quoteList(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}

/**
 * The problems of one policy's raw configuration against its zod schema: each unknown key named
 * with the nearest valid key, every other issue in one sentence naming the field, the value given
 * and what is allowed.
 */
export function describeConfigProblems(
  policy: string,
  schema: z.ZodType | undefined,
  keys: readonly string[],
  raw: Record<string, unknown>,
): string[] {
  const unknown = Object.keys(raw).filter((k) => !keys.includes(k));
  const problems = unknown.map((key) => {
    const guess = nearest(key, keys);
    if (guess !== undefined) return `Policy ${policy} has no configuration key "${key}"; did you mean "${guess}"?`;
    return keys.length > 0
      ? `Policy ${policy} has no configuration key "${key}"; its keys are ${quoteList(keys)} (and "enforcementLevel").`
      : `Policy ${policy} has no configuration key "${key}"; it takes only "enforcementLevel".`;
  });
  if (unknown.length > 0 || schema === undefined) return problems;
  const result = schema.safeParse(raw);
  return result.success ? [] : describeIssues(`Policy ${policy} configuration`, result.error.issues, raw);
}

/**
 * Judges the whole pack configuration the engine sent, once, before any resource is analyzed:
 * every entry must name a policy of the pack and every policy's configuration must be valid.
 */
export function configurationProblems(config: ReceivedConfiguration, policies: readonly ConfigurablePolicy[]): string[] {
  const byName = new Map(policies.map((p) => [p.info.name, p]));
  const names = [...byName.keys()];
  return Object.entries(config).flatMap(([name, entry]) => {
    if (name === ALL_POLICIES) return [];
    const policy = byName.get(name);
    if (policy === undefined) {
      const guess = nearest(name, names);
      return [
        `The pack configuration names "${name}", which is no policy of this pack${guess ? `; did you mean "${guess}"?` : " (`ocs-guard policies` lists them)."}`,
      ];
    }
    return policy.configProblems(entry.properties);
  });
}
