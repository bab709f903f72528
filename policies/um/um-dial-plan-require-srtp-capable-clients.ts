import { stackPolicy } from "../framework/define";
import { judgeServedClientLevels, servedClientLevelsConfig } from "./dial-plan-client-levels";
import { exchangeUmSecurityLevels } from "./seed";

/** OCS-UM-4: Secured makes Exchange UM require SRTP, so the served clients must be able to encrypt. */
export const umDialPlanRequireSrtpCapableClients = stackPolicy({
  name: "um-dial-plan-require-srtp-capable-clients",
  description: "Every pool served by a Secured UM dial plan must have the Office Communicator client encryption level optional or required, since Exchange UM then requires SRTP.",
  requirements: ["OCS-UM-4"],
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["umDialPlan", "clientEncryptionPolicy"],
  config: servedClientLevelsConfig,
  seed: exchangeUmSecurityLevels(
    "When setting dial plan security to Secured, SRTP is enabled and is required by Exchange UM. In this case, the Office Communicator 2007 R2 client encryption level must be set to either optional or required.",
  ),
  remediationSteps:
    "Set the Office Communicator 2007 R2 encryption level for computer-to-computer audio and video of the served pool's users to optional (\"support encryption\") or required (\"require encryption\"), by changing or removing the pool-scoped client encryption policy that sets rejected (\"do not support encryption\").",
  check: (view, ctx) => judgeServedClientLevels(view, ctx, "Secured", ["optional", "required"]),
});
