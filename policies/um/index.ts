import type { OcsPolicy } from "../framework/define";

export const umPolicies: OcsPolicy[] = [];
