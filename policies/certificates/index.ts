import type { OcsPolicy } from "../framework/define";

export const certificatesPolicies: OcsPolicy[] = [];
