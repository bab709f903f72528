import type { OcsPolicy } from "../framework/define";

export const encryptionPolicies: OcsPolicy[] = [];
