import type { z } from "zod";
import { archivingServerSchema } from "./archiving-server";
import { clientEncryptionPolicySchema } from "./client-encryption-policy";
import { communicatorWebAccessSchema } from "./communicator-web-access";
import { deploymentTaskSchema } from "./deployment-task";
import { edgeServerSchema } from "./edge-server";
import { enterprisePoolSchema } from "./enterprise-pool";
import { groupChatServerSchema } from "./group-chat-server";
import { ipsecPolicySchema } from "./ipsec-policy";
import { locationProfileSchema } from "./location-profile";
import { mediaGatewaySchema } from "./media-gateway";
import { mediationServerSchema } from "./mediation-server";
import { monitoringServerSchema } from "./monitoring-server";
import { standardEditionServerSchema } from "./standard-edition-server";
import { topologySchema } from "./topology";
import { umDialPlanSchema } from "./um-dial-plan";

/**
 * Every kind of component: its Pulumi type token (`ocs:<module>:<Name>`), its model schema and the
 * label messages use. Components and policies both read this table, so a token is written once.
 */
export const catalog = {
  topology: { token: "ocs:index:Topology", label: "Topology", schema: topologySchema },
  standardEditionServer: {
    token: "ocs:server:StandardEditionServer",
    label: "Standard Edition server",
    schema: standardEditionServerSchema,
  },
  enterprisePool: { token: "ocs:server:EnterprisePool", label: "Enterprise pool", schema: enterprisePoolSchema },
  edgeServer: { token: "ocs:edge:EdgeServer", label: "Edge Server", schema: edgeServerSchema },
  mediationServer: { token: "ocs:voice:MediationServer", label: "Mediation Server", schema: mediationServerSchema },
  mediaGateway: { token: "ocs:voice:MediaGateway", label: "media gateway", schema: mediaGatewaySchema },
  locationProfile: { token: "ocs:voice:LocationProfile", label: "location profile", schema: locationProfileSchema },
  umDialPlan: { token: "ocs:um:UmDialPlan", label: "UM dial plan", schema: umDialPlanSchema },
  clientEncryptionPolicy: {
    token: "ocs:client:ClientEncryptionPolicy",
    label: "client encryption policy",
    schema: clientEncryptionPolicySchema,
  },
  ipsecPolicy: { token: "ocs:network:IpsecPolicy", label: "IPsec policy", schema: ipsecPolicySchema },
  archivingServer: { token: "ocs:server:ArchivingServer", label: "Archiving Server", schema: archivingServerSchema },
  monitoringServer: {
    token: "ocs:server:MonitoringServer",
    label: "Monitoring Server",
    schema: monitoringServerSchema,
  },
  communicatorWebAccess: {
    token: "ocs:server:CommunicatorWebAccess",
    label: "Communicator Web Access server",
    schema: communicatorWebAccessSchema,
  },
  groupChatServer: { token: "ocs:server:GroupChatServer", label: "Group Chat server", schema: groupChatServerSchema },
  deploymentTask: { token: "ocs:admin:DeploymentTask", label: "deployment task", schema: deploymentTaskSchema },
} as const;

export type Catalog = typeof catalog;
export type Kind = keyof Catalog;
export type ModelOf<K extends Kind> = z.infer<Catalog[K]["schema"]>;

export const kinds = Object.keys(catalog) as Kind[];

export function kindOfToken(token: string): Kind | undefined {
  return kinds.find((k) => catalog[k].token === token);
}
