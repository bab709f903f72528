import type { OcsPolicy } from "../framework/define";

export const gatewayPolicies: OcsPolicy[] = [];
