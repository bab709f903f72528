import type { OcsPolicy } from "../framework/define";
import { clientEncryptionDisallowRejected } from "./client-encryption-disallow-rejected";
import { mediaRequireSrtp } from "./media-require-srtp";
import { serverRequireKerberos } from "./server-require-kerberos";
import { serverRequireTlsSignaling } from "./server-require-tls-signaling";

export { clientEncryptionDisallowRejected, mediaRequireSrtp, serverRequireKerberos, serverRequireTlsSignaling };

export const encryptionPolicies: OcsPolicy[] = [
  serverRequireTlsSignaling,
  mediaRequireSrtp,
  clientEncryptionDisallowRejected,
  serverRequireKerberos,
];
