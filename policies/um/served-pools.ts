import type { UmDialPlanModel } from "../../components/model/um-dial-plan";
import { normaliseFqdn } from "../../components/model/fqdn";

/**
 * The pools (or Standard Edition servers) whose users a dial plan serves, each once: FQDNs are
 * compared in their one spelling, and the first spelling is kept for messages.
 */
export function servedPools(plan: Pick<UmDialPlanModel, "servesPools">): string[] {
  const seen = new Set<string>();
  const pools: string[] = [];
  for (const pool of plan.servesPools) {
    const key = normaliseFqdn(pool);
    if (seen.has(key)) continue;
    seen.add(key);
    pools.push(pool);
  }
  return pools;
}
