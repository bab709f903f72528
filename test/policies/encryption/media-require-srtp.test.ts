import { mediaRequireSrtp } from "../../../policies/encryption/media-require-srtp";
import { memberPolicySuite } from "../suite/member-suite";

memberPolicySuite({
  policy: mediaRequireSrtp,
  name: "media-require-srtp",
  requirements: ["OCS-ENC-3"],
  level: "mandatory",
  kinds: ["standardEditionServer", "enterprisePool"],
  breaking: [
    {
      name: "the pool only supports encryption",
      kind: "enterprisePool",
      change: (p) => void (p.mediaEncryption = "supported"),
      says: ["media encryption level is supported", "it must be required (SRTP)"],
    },
    {
      name: "the Standard Edition server does not support encryption",
      kind: "standardEditionServer",
      change: (p) => void (p.mediaEncryption = "not-supported"),
      says: ["media encryption level is not-supported", "it must be required"],
    },
  ],
  config: [
    {
      name: "allowSupported lets supported pass",
      kind: "enterprisePool",
      change: (p) => void (p.mediaEncryption = "supported"),
      config: { allowSupported: true },
      violations: [1, 0],
    },
    {
      name: "allowSupported still rejects not-supported",
      kind: "enterprisePool",
      change: (p) => void (p.mediaEncryption = "not-supported"),
      config: { allowSupported: true },
      violations: [1, 1],
    },
  ],
  unknown: { kind: "standardEditionServer", change: (p, u) => void (p.mediaEncryption = u) },
  malformed: { kind: "enterprisePool", change: (p) => void (p.mediaEncryption = true) },
});
