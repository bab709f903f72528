import type { OcsPolicy } from "../framework/define";

export const placementPolicies: OcsPolicy[] = [];
