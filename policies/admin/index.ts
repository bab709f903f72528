import type { OcsPolicy } from "../framework/define";
import { deploymentTaskLimitPrivilegedGroups } from "./deployment-task-limit-privileged-groups";
import { deploymentTaskRequireTable1Credentials } from "./deployment-task-require-table1-credentials";

export { deploymentTaskLimitPrivilegedGroups, deploymentTaskRequireTable1Credentials };

export const adminPolicies: OcsPolicy[] = [deploymentTaskRequireTable1Credentials, deploymentTaskLimitPrivilegedGroups];
