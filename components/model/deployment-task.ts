import { z } from "zod";
import { nonEmpty } from "./primitives";
import { waivers } from "./waiver";

/** The component sections of Table 1 ("Administrative Credentials Required for Deployment Tasks"). */
export const deploymentComponent = z.enum([
  "standard-edition",
  "enterprise-edition-consolidated",
  "dial-in-conferencing",
  "response-group-service",
  "archiving-server",
  "monitoring-server",
  "communicator-web-access",
  "group-chat",
  "administrative-tools",
  "edge-server",
  "communicator-mobile-windows-mobile",
  "communicator-mobile-java",
  "outside-voice-control",
  "enterprise-voice-pbx-coexistence",
  "enterprise-voice-standalone",
  "device-update-service",
]);
export type DeploymentComponent = z.infer<typeof deploymentComponent>;

/** An Active Directory group that setup delegation grants the activation rights to. */
export const delegationGroupSchema = z.strictObject({
  name: nonEmpty,
  /** Delegation needs a global or universal group; a domain-local group is refused by setup. */
  scope: z.enum(["global", "universal", "domain-local"]),
});

/**
 * One procedure of Table 1, for one component, and the principal who performs it. The principal's
 * group memberships are judged against the credentials the table lists (OCS-ADM-1, OCS-ADM-2).
 */
export const deploymentTaskSchema = z.strictObject({
  component: deploymentComponent,
  /** The procedure as Table 1 names it, e.g. "Deploy and activate Standard Edition server and applications". */
  procedure: nonEmpty,
  /** For procedures with sub-steps in Table 1 (e.g. "Create Enterprise pool"), the sub-step. */
  step: nonEmpty.optional(),
  /** FQDN or name of the component the task acts on. */
  target: nonEmpty.optional(),
  principal: z.strictObject({
    name: nonEmpty,
    /** Groups and roles the principal holds, e.g. "RTCUniversalServerAdmins", "Administrators". */
    groups: z.array(nonEmpty),
  }),
  /** Setup delegation group configured for this task, if any. */
  delegationGroup: delegationGroupSchema.optional(),
  waivers,
});
export type DeploymentTaskModel = z.infer<typeof deploymentTaskSchema>;
