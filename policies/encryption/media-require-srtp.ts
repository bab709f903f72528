import { z } from "zod";
import { resourcePolicy } from "../framework/define";
import { trustworthyByDefault } from "./seed";

export const mediaRequireSrtp = resourcePolicy({
  name: "media-require-srtp",
  requirements: ["OCS-ENC-3"],
  description: "Standard Edition servers and Enterprise pools require SRTP encryption for audio and video media.",
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["standardEditionServer", "enterprisePool"],
  seed: trustworthyByDefault,
  remediationSteps:
    "In the OCS 2007 R2 administrative tool, open the front end properties of the pool (or Standard Edition server) and, in its media settings, set Encryption level to \"Require encryption\"; set `mediaEncryption` to \"required\" on the component. If clients that cannot encrypt must still be served, accept the risk with a waiver or set `allowSupported`.",
  config: z.object({
    /** Whether "Support encryption" (SRTP offered, unencrypted media accepted) is tolerated. */
    allowSupported: z.boolean().default(false),
  }),
  check(member, ctx) {
    const level = member.model.mediaEncryption;
    if (level === "required" || (ctx.config.allowSupported && level === "supported")) return [];
    const allowed = ctx.config.allowSupported ? "required or supported" : "required";
    return [`${member.subject} media encryption level is ${level}; it must be ${allowed} (SRTP)`];
  },
});
