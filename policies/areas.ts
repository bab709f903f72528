import { adminPolicies } from "./admin";
import { certificatesPolicies } from "./certificates";
import { edgePolicies } from "./edge";
import { encryptionPolicies } from "./encryption";
import type { OcsPolicy } from "./framework/define";
import { gatewayPolicies } from "./gateway";
import { placementPolicies } from "./placement";
import { rolesPolicies } from "./roles";
import { umPolicies } from "./um";

/**
 * The policies that judge the topology itself, by area (the folders of `policies/`), in the order
 * the pack serves them. The waiver policies (area `risk`) are not listed: they judge the waivers of
 * whichever policies a pack holds, so they are built for each pack (`riskPolicies`).
 */
export const ruleAreas = {
  certificates: certificatesPolicies,
  encryption: encryptionPolicies,
  roles: rolesPolicies,
  edge: edgePolicies,
  placement: placementPolicies,
  admin: adminPolicies,
  um: umPolicies,
  gateway: gatewayPolicies,
} as const satisfies Record<string, readonly OcsPolicy[]>;

/** An area of policies that judge the topology: `gateway`, `um`, `edge`, ... */
export type PolicyArea = keyof typeof ruleAreas;

export const policyAreas = Object.keys(ruleAreas) as PolicyArea[];
