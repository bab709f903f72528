import type { OcsPolicy } from "../framework/define";
import { serverLimitServicesToRole } from "./server-limit-services-to-role";

export { serverLimitServicesToRole };
export { administrativeGroups, roleServices } from "./role-services";
export { isKind, serverKinds, type ServerKind } from "./server-kinds";

export const rolesPolicies: OcsPolicy[] = [serverLimitServicesToRole];
