import type { OcsPolicy } from "../framework/define";

export const riskPolicies: OcsPolicy[] = [];
