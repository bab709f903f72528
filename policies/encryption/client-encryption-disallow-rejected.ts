import { resourcePolicy } from "../framework/define";
import { trustworthyByDefault } from "./seed";

export const clientEncryptionDisallowRejected = resourcePolicy({
  name: "client-encryption-disallow-rejected",
  requirements: ["OCS-ENC-3"],
  description: "A Communicator client encryption policy does not set the media encryption level to rejected.",
  severity: "medium",
  enforcementLevel: "advisory",
  appliesTo: ["clientEncryptionPolicy"],
  seed: trustworthyByDefault,
  remediationSteps:
    "In the Office Communicator 2007 R2 Group Policy (\"encryption for computer-to-computer audio and video\"), choose \"support\" or \"require\" instead of \"do not support\", and set `level` to \"optional\" or \"required\" on the client encryption policy; keep \"rejected\" only with a waiver (for example for a SIPSecured UM dial plan).",
  check(member) {
    const { level, appliesTo } = member.model;
    if (level !== "rejected") return [];
    const scope = appliesTo === "global" ? "all users" : `users of ${appliesTo.join(", ")}`;
    return [
      `${member.subject} sets the client media encryption level for ${scope} to rejected; it should be optional or required`,
    ];
  },
});
