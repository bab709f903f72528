import { ruleAreas } from "./areas";
import type { OcsPolicy } from "./framework/define";
import { riskPolicies } from "./risk";

export * from "./admin";
export * from "./certificates";
export * from "./edge";
export * from "./encryption";
export * from "./gateway";
export * from "./placement";
export * from "./risk";
export * from "./roles";
export * from "./um";
export { policyAreas, type PolicyArea } from "./areas";
export { select, selectPolicies, type PolicySelection } from "./selection";
export { servePack } from "./serve";
export type { OcsPolicy, PolicyInfo } from "./framework/define";
export { requirementIds, type RequirementId } from "./framework/requirements";

/** The policies that judge the topology itself. */
const rulePolicies: readonly OcsPolicy[] = Object.values(ruleAreas).flat();

/**
 * Every policy of the pack, in the order the pack serves them; the waiver report comes last so it
 * lists what the others would have reported. Importing this starts nothing.
 */
export const allPolicies: readonly OcsPolicy[] = [...rulePolicies, ...riskPolicies(() => rulePolicies)];
