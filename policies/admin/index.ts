import type { OcsPolicy } from "../framework/define";

export const adminPolicies: OcsPolicy[] = [];
