import type { OcsPolicy } from "../framework/define";

export const rolesPolicies: OcsPolicy[] = [];
