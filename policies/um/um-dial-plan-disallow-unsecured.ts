import { resourcePolicy } from "../framework/define";
import { exchangeUmSecurityLevels } from "./seed";

/** OCS-UM-1: Exchange UM and OCS talk mutual TLS, which the Unsecured level switches off. */
export const umDialPlanDisallowUnsecured = resourcePolicy({
  name: "um-dial-plan-disallow-unsecured",
  description: "A UM dial plan integrated with OCS must not use the VoipSecurity level Unsecured, because OCS requires mutual TLS with Exchange UM.",
  requirements: ["OCS-UM-1"],
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["umDialPlan"],
  seed: exchangeUmSecurityLevels(
    "MTLS is required between Exchange UM and Office Communications Server. Therefore, the dial plan security level must not be set to Unsecured.",
  ),
  remediationSteps:
    "In the Exchange Management Shell run Set-UMDialPlan -Identity <dial plan> -VoIPSecurity SIPSecured (or Secured when the served pools' clients support SRTP), make sure the UM IP gateways are defined by FQDN, restart the Microsoft Exchange Unified Messaging service, and set voipSecurity, mutualTls and srtp of the UmDialPlan component to the same values.",
  check: (member) =>
    member.model.voipSecurity === "Unsecured"
      ? [`${member.subject} VoipSecurity is Unsecured; it must be SIPSecured or Secured so that Exchange UM and OCS use mutual TLS.`]
      : [],
});
