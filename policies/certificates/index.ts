import type { OcsPolicy } from "../framework/define";
import { certificateEnforceRoleFit } from "./certificate-enforce-role-fit";
import { serverRequireValidCertificate } from "./server-require-valid-certificate";

export { certificateEnforceRoleFit, serverRequireValidCertificate };

export const certificatesPolicies: OcsPolicy[] = [serverRequireValidCertificate, certificateEnforceRoleFit];
