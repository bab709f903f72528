import type { OcsPolicy } from "../framework/define";
import { locationProfileEnforceDialPlanName } from "./location-profile-enforce-dial-plan-name";
import { locationProfileRequireExplicitDialPlan } from "./location-profile-require-explicit-dial-plan";
import { umDialPlanDisallowUnsecured } from "./um-dial-plan-disallow-unsecured";
import { umDialPlanEnforceTable2Settings } from "./um-dial-plan-enforce-table2-settings";
import { umDialPlanRequireSrtpCapableClients } from "./um-dial-plan-require-srtp-capable-clients";
import { umDialPlanRequireUnencryptedCapableClients } from "./um-dial-plan-require-unencrypted-capable-clients";

export {
  locationProfileEnforceDialPlanName,
  locationProfileRequireExplicitDialPlan,
  umDialPlanDisallowUnsecured,
  umDialPlanEnforceTable2Settings,
  umDialPlanRequireSrtpCapableClients,
  umDialPlanRequireUnencryptedCapableClients,
};

export const umPolicies: OcsPolicy[] = [
  umDialPlanDisallowUnsecured,
  umDialPlanEnforceTable2Settings,
  umDialPlanRequireUnencryptedCapableClients,
  umDialPlanRequireSrtpCapableClients,
  locationProfileRequireExplicitDialPlan,
  locationProfileEnforceDialPlanName,
];
