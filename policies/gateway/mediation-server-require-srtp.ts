import { resourcePolicy } from "../framework/define";
import { mediaGatewaySecurity } from "./seed";

/** OCS-GW-1: the Mediation Server's media toward the pool is SRTP, never plain RTP. */
export const mediationServerRequireSrtp = resourcePolicy({
  name: "mediation-server-require-srtp",
  description: "A Mediation Server's media encryption toward the Communications Server network must be required, so that media flows only as SRTP.",
  requirements: ["OCS-GW-1"],
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["mediationServer"],
  seed: mediaGatewaySecurity(
    "Media flowing both directions between the Mediation Server and Communications Server network is encrypted using SRTP.",
  ),
  remediationSteps:
    "In the Office Communications Server 2007 R2 administrative tool open the Mediation Server's properties, set the media encryption level toward the Communications Server network to Require encryption (SRTP), and set mediaEncryption of the MediationServer component to required.",
  check: (member) =>
    member.model.mediaEncryption === "required"
      ? []
      : [`${member.subject} media encryption is ${member.model.mediaEncryption}; it must be required (SRTP).`],
});
