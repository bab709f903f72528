import type { OcsPolicy } from "../framework/define";

export const edgePolicies: OcsPolicy[] = [];
