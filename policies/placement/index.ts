import type { OcsPolicy } from "../framework/define";
import { serverDisallowCollocation } from "./server-disallow-collocation";

export { serverDisallowCollocation };

export const placementPolicies: OcsPolicy[] = [serverDisallowCollocation];
