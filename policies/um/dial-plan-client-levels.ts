import { z } from "zod";
import { clientEncryptionLevel, type ClientEncryptionLevel } from "../../components/model/client-encryption-policy";
import type { VoipSecurity } from "../../components/model/um-dial-plan";
import type { Finding, RuleContext } from "../framework/define";
import type { TopologyView } from "../framework/topology-view";
import { effectiveClientLevels } from "./effective-client-level";
import { servedPools } from "./served-pools";

/** The configuration of the OCS-UM-3 and OCS-UM-4 policies. */
export const servedClientLevelsConfig = z.object({
  /** The level in force where no client encryption policy applies (Communicator's default is "support"). */
  defaultClientLevel: clientEncryptionLevel.default("optional"),
});

/**
 * Shared by OCS-UM-3 and OCS-UM-4: every dial plan at `security` must serve only pools whose
 * effective Communicator encryption level is one of `allowed`. Findings go to the dial plan.
 */
export function judgeServedClientLevels(
  view: TopologyView,
  ctx: RuleContext<z.infer<typeof servedClientLevelsConfig>>,
  security: VoipSecurity,
  allowed: readonly ClientEncryptionLevel[],
): Finding[] {
  const findings: Finding[] = [];
  const policies = view.of("clientEncryptionPolicy");
  for (const plan of view.of("umDialPlan")) {
    ctx.guard(plan, () => {
      if (plan.model.voipSecurity !== security) return;
      for (const pool of servedPools(plan.model)) {
        for (const { level, source } of effectiveClientLevels(pool, policies, ctx.config.defaultClientLevel)) {
          if (allowed.includes(level)) continue;
          findings.push({
            urn: plan.urn,
            subject: plan.subject,
            message: `${plan.subject} is ${security} and serves pool ${pool}, whose client encryption level is ${level} (from ${source}); with ${security} it must be ${allowed.join(" or ")}.`,
          });
        }
      }
    });
  }
  return findings;
}
