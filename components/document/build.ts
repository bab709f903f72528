import type * as pulumi from "@pulumi/pulumi";
import { ArchivingServer } from "../archiving-server";
import { ClientEncryptionPolicy } from "../client-encryption-policy";
import { CommunicatorWebAccess } from "../communicator-web-access";
import { DeploymentTask } from "../deployment-task";
import { EdgeServer } from "../edge-server";
import { EnterprisePool } from "../enterprise-pool";
import { GroupChatServer } from "../group-chat-server";
import { IpsecPolicy } from "../ipsec-policy";
import { LocationProfile } from "../location-profile";
import { MediaGateway } from "../media-gateway";
import { MediationServer } from "../mediation-server";
import { MonitoringServer } from "../monitoring-server";
import { StandardEditionServer } from "../standard-edition-server";
import { Topology } from "../topology";
import { UmDialPlan } from "../um-dial-plan";
import type { TopologyDocument } from "./schema";

/** Every component of a built topology, grouped like the document it came from. */
export interface BuiltTopology {
  topology: Topology;
  standardEditionServers: StandardEditionServer[];
  enterprisePools: EnterprisePool[];
  edgeServers: EdgeServer[];
  mediationServers: MediationServer[];
  mediaGateways: MediaGateway[];
  locationProfiles: LocationProfile[];
  umDialPlans: UmDialPlan[];
  clientEncryptionPolicies: ClientEncryptionPolicy[];
  ipsecPolicies: IpsecPolicy[];
  archivingServers: ArchivingServer[];
  monitoringServers: MonitoringServer[];
  communicatorWebAccess: CommunicatorWebAccess[];
  groupChatServers: GroupChatServer[];
  deploymentTasks: DeploymentTask[];
}

/**
 * Creates the Topology of `document` and, under it, one component per member, list by list in the
 * order of the document. References stay the FQDN strings of the document, as the policies read
 * them. Each component validates its own args, so a bad member fails as it would in a program.
 *
 * @param opts Options of the Topology (its children inherit its provider and protection).
 */
export function buildTopology(document: TopologyDocument, opts?: pulumi.ComponentResourceOptions): BuiltTopology {
  const topology = new Topology(document.topology.name, document.topology.args, opts);
  const child = { parent: topology };
  const each = <M, C>(members: M[] | undefined, make: (m: M) => C): C[] => (members ?? []).map(make);
  return {
    topology,
    standardEditionServers: each(document.standardEditionServers, (m) => new StandardEditionServer(m.name, m.args, child)),
    enterprisePools: each(document.enterprisePools, (m) => new EnterprisePool(m.name, m.args, child)),
    edgeServers: each(document.edgeServers, (m) => new EdgeServer(m.name, m.args, child)),
    mediationServers: each(document.mediationServers, (m) => new MediationServer(m.name, m.args, child)),
    mediaGateways: each(document.mediaGateways, (m) => new MediaGateway(m.name, m.args, child)),
    locationProfiles: each(document.locationProfiles, (m) => new LocationProfile(m.name, m.args, child)),
    umDialPlans: each(document.umDialPlans, (m) => new UmDialPlan(m.name, m.args, child)),
    clientEncryptionPolicies: each(document.clientEncryptionPolicies, (m) => new ClientEncryptionPolicy(m.name, m.args, child)),
    ipsecPolicies: each(document.ipsecPolicies, (m) => new IpsecPolicy(m.name, m.args, child)),
    archivingServers: each(document.archivingServers, (m) => new ArchivingServer(m.name, m.args, child)),
    monitoringServers: each(document.monitoringServers, (m) => new MonitoringServer(m.name, m.args, child)),
    communicatorWebAccess: each(document.communicatorWebAccess, (m) => new CommunicatorWebAccess(m.name, m.args, child)),
    groupChatServers: each(document.groupChatServers, (m) => new GroupChatServer(m.name, m.args, child)),
    deploymentTasks: each(document.deploymentTasks, (m) => new DeploymentTask(m.name, m.args, child)),
  };
}
