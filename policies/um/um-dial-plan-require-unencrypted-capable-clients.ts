import { stackPolicy } from "../framework/define";
import { judgeServedClientLevels, servedClientLevelsConfig } from "./dial-plan-client-levels";
import { exchangeUmSecurityLevels } from "./seed";

/** OCS-UM-3: SIPSecured sends media unencrypted, so the served clients must accept that. */
export const umDialPlanRequireUnencryptedCapableClients = stackPolicy({
  name: "um-dial-plan-require-unencrypted-capable-clients",
  description: "Every pool served by a SIPSecured UM dial plan must have the Office Communicator client encryption level rejected or optional, since SIPSecured disables SRTP.",
  requirements: ["OCS-UM-3"],
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["umDialPlan", "clientEncryptionPolicy"],
  config: servedClientLevelsConfig,
  seed: exchangeUmSecurityLevels(
    "When dial plan security is set to SIPSecured, SRTP is disabled. In this case, the Office Communicator 2007 R2 client encryption level must be set to either rejected or optional.",
  ),
  remediationSteps:
    "Either set the Office Communicator 2007 R2 encryption level for computer-to-computer audio and video of the served pool's users to optional (\"support encryption\") with a pool-scoped client encryption policy, or, if their clients must require encryption, move the dial plan to Secured with Set-UMDialPlan -Identity <dial plan> -VoIPSecurity Secured and set mutualTls and srtp to true.",
  check: (view, ctx) => judgeServedClientLevels(view, ctx, "SIPSecured", ["rejected", "optional"]),
});
