import { adminPolicies } from "./admin";
import { certificatesPolicies } from "./certificates";
import { edgePolicies } from "./edge";
import { encryptionPolicies } from "./encryption";
import type { OcsPolicy } from "./framework/define";
import { gatewayPolicies } from "./gateway";
import { placementPolicies } from "./placement";
import { riskPolicies } from "./risk";
import { rolesPolicies } from "./roles";
import { umPolicies } from "./um";

export type { OcsPolicy, PolicyInfo } from "./framework/define";
export { requirementIds, type RequirementId } from "./framework/requirements";

/** The policies that judge the topology itself. */
const rulePolicies: readonly OcsPolicy[] = [
  ...certificatesPolicies,
  ...encryptionPolicies,
  ...rolesPolicies,
  ...edgePolicies,
  ...placementPolicies,
  ...adminPolicies,
  ...umPolicies,
  ...gatewayPolicies,
];

/**
 * Every policy of the pack, in the order the pack serves them; the waiver report comes last so it
 * lists what the others would have reported. Importing this starts nothing.
 */
export const allPolicies: readonly OcsPolicy[] = [...rulePolicies, ...riskPolicies(() => rulePolicies)];
