import { resourcePolicy } from "../framework/define";
import { onOff, table2 } from "./table2";
import { exchangeUmSecurityLevels } from "./seed";

/** OCS-UM-2: the MTLS and SRTP switches must say the same as the VoipSecurity level (Table 2). */
export const umDialPlanEnforceTable2Settings = resourcePolicy({
  name: "um-dial-plan-enforce-table2-settings",
  description: "A UM dial plan's mutual TLS and SRTP settings must match Table 2 for its VoipSecurity level (Unsecured off/off, SIPSecured on/off, Secured on/on).",
  requirements: ["OCS-UM-2"],
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["umDialPlan"],
  seed: exchangeUmSecurityLevels(
    "The following table shows appropriate dial plan security levels depending on whether mutual TLS (MTLS) and/or Secure Real-Time Transport Protocol (SRTP) are enabled or disabled.",
  ),
  remediationSteps:
    "Decide the dial plan's level, run Set-UMDialPlan -Identity <dial plan> -VoIPSecurity <SIPSecured|Secured> in the Exchange Management Shell, and set mutualTls and srtp of the UmDialPlan component to the Table 2 values for that level (SIPSecured: mutual TLS enabled, SRTP disabled; Secured: both enabled).",
  check: (member) => {
    const { voipSecurity, mutualTls, srtp } = member.model;
    // An unchosen level is OCS-UM-5's finding; judging it here too would report one change twice.
    if (voipSecurity === undefined) return [];
    const row = table2[voipSecurity];
    if (row.mutualTls === mutualTls && row.srtp === srtp) return [];
    return [
      `${member.subject} is ${voipSecurity} with mutual TLS ${onOff(mutualTls)} and SRTP ${onOff(srtp)}; Table 2 requires mutual TLS ${onOff(row.mutualTls)} and SRTP ${onOff(row.srtp)} for ${voipSecurity}.`,
    ];
  },
});
