import { ruleAreas } from "./areas";
import type { OcsPolicy } from "./framework/define";
import { riskPolicies } from "./risk";

/**
 * The full pack's policies, apart from the index so that a command judging documents in-process
 * loads the rules without the analyzer server (gRPC) that `servePack` brings.
 */

/** The policies that judge the topology itself. */
const rulePolicies: readonly OcsPolicy[] = Object.values(ruleAreas).flat();

/**
 * Every policy of the pack, in the order the pack serves them; the waiver report comes last so it
 * lists what the others would have reported. Importing this starts nothing.
 */
export const allPolicies: readonly OcsPolicy[] = [...rulePolicies, ...riskPolicies(() => rulePolicies)];
