import type * as pulumi from "@pulumi/pulumi";
import {
  ArchivingServer,
  ClientEncryptionPolicy,
  CommunicatorWebAccess,
  DeploymentTask,
  EdgeServer,
  EnterprisePool,
  GroupChatServer,
  IpsecPolicy,
  LocationProfile,
  MediaGateway,
  MediationServer,
  MonitoringServer,
  StandardEditionServer,
  Topology,
  UmDialPlan,
} from "../../components";
import type { Member, ReferenceSpec } from "./spec";
import type { Kind } from "../../components/model";

/** Every component of a built topology, grouped like the spec it came from. */
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
 * Creates the Topology and, under it, one component per member of `spec`. References stay the
 * FQDN strings of the spec, so a violation example can point one at something that does not exist.
 *
 * @param opts Options of the Topology (its children inherit its provider and protection).
 */
export function buildTopology(spec: ReferenceSpec, opts?: pulumi.ComponentResourceOptions): BuiltTopology {
  const topology = new Topology(spec.topology.name, spec.topology.args, opts);
  const child = { parent: topology };
  const each = <K extends Kind, C>(members: Member<K>[], make: (m: Member<K>) => C): C[] => members.map(make);
  return {
    topology,
    standardEditionServers: each(spec.standardEditionServers, (m) => new StandardEditionServer(m.name, m.args, child)),
    enterprisePools: each(spec.enterprisePools, (m) => new EnterprisePool(m.name, m.args, child)),
    edgeServers: each(spec.edgeServers, (m) => new EdgeServer(m.name, m.args, child)),
    mediationServers: each(spec.mediationServers, (m) => new MediationServer(m.name, m.args, child)),
    mediaGateways: each(spec.mediaGateways, (m) => new MediaGateway(m.name, m.args, child)),
    locationProfiles: each(spec.locationProfiles, (m) => new LocationProfile(m.name, m.args, child)),
    umDialPlans: each(spec.umDialPlans, (m) => new UmDialPlan(m.name, m.args, child)),
    clientEncryptionPolicies: each(spec.clientEncryptionPolicies, (m) => new ClientEncryptionPolicy(m.name, m.args, child)),
    ipsecPolicies: each(spec.ipsecPolicies, (m) => new IpsecPolicy(m.name, m.args, child)),
    archivingServers: each(spec.archivingServers, (m) => new ArchivingServer(m.name, m.args, child)),
    monitoringServers: each(spec.monitoringServers, (m) => new MonitoringServer(m.name, m.args, child)),
    communicatorWebAccess: each(spec.communicatorWebAccess, (m) => new CommunicatorWebAccess(m.name, m.args, child)),
    groupChatServers: each(spec.groupChatServers, (m) => new GroupChatServer(m.name, m.args, child)),
    deploymentTasks: each(spec.deploymentTasks, (m) => new DeploymentTask(m.name, m.args, child)),
  };
}
