import { z } from "zod";
import { type Catalog, catalog, type Kind, type ModelOf } from "../model/catalog";

/**
 * The topology document: a whole OCS 2007 R2 topology as data (YAML or JSON), versioned by
 * `apiVersion`. Every member's `args` is exactly its component's model, so the document, the
 * components and the policies share one schema each, and a reference between members is the
 * target's FQDN (or a location profile's name), as in the model the policies see.
 */

/** The only version of the format so far. */
export const TOPOLOGY_DOCUMENT_API_VERSION = "ocs-guard/v1";

/** The member lists of a document and the kind of component each holds (the topology aside). */
export const memberKinds = {
  standardEditionServers: "standardEditionServer",
  enterprisePools: "enterprisePool",
  edgeServers: "edgeServer",
  mediationServers: "mediationServer",
  mediaGateways: "mediaGateway",
  locationProfiles: "locationProfile",
  umDialPlans: "umDialPlan",
  clientEncryptionPolicies: "clientEncryptionPolicy",
  ipsecPolicies: "ipsecPolicy",
  archivingServers: "archivingServer",
  monitoringServers: "monitoringServer",
  communicatorWebAccess: "communicatorWebAccess",
  groupChatServers: "groupChatServer",
  deploymentTasks: "deploymentTask",
} as const satisfies Record<string, Exclude<Kind, "topology">>;

export type MemberList = keyof typeof memberKinds;

/** The member lists in the order a document lists them (and the components are built). */
export const memberLists = Object.keys(memberKinds) as MemberList[];

/** One member of a document: its Pulumi resource name and its model. */
export interface DocumentMember<K extends Kind> {
  name: string;
  args: ModelOf<K>;
}

const resourceName = z
  .string({ error: "must be the component's resource name, a string such as med-redmond" })
  .min(1, { error: "must be the component's resource name, not empty" });

/** A member entry; typed by hand because indexing the catalog with a type parameter widens to every schema. */
type MemberSchema<K extends Kind> = z.ZodObject<{ name: typeof resourceName; args: Catalog[K]["schema"] }, z.core.$strict>;

function member<K extends Kind>(kind: K): MemberSchema<K> {
  const schema: Catalog[K]["schema"] = catalog[kind].schema;
  return z
    .strictObject({ name: resourceName, args: schema })
    .meta({ description: `A ${catalog[kind].label}: its resource name and its model (args).` });
}

function list<K extends Exclude<Kind, "topology">>(kind: K) {
  return z
    .array(member(kind))
    .optional()
    .meta({ description: `The ${catalog[kind].label} components (${catalog[kind].token}); absent means none.` });
}

/** The zod schema of a topology document; its JSON Schema is `ocs-guard schema`. */
export const topologyDocumentSchema = z
  .strictObject({
    apiVersion: z.literal(TOPOLOGY_DOCUMENT_API_VERSION, {
      error: `must be ${TOPOLOGY_DOCUMENT_API_VERSION}, the version of the topology document format`,
    }),
    topology: member("topology").meta({ description: "The Topology that parents every other component." }),
    standardEditionServers: list(memberKinds.standardEditionServers),
    enterprisePools: list(memberKinds.enterprisePools),
    edgeServers: list(memberKinds.edgeServers),
    mediationServers: list(memberKinds.mediationServers),
    mediaGateways: list(memberKinds.mediaGateways),
    locationProfiles: list(memberKinds.locationProfiles),
    umDialPlans: list(memberKinds.umDialPlans),
    clientEncryptionPolicies: list(memberKinds.clientEncryptionPolicies),
    ipsecPolicies: list(memberKinds.ipsecPolicies),
    archivingServers: list(memberKinds.archivingServers),
    monitoringServers: list(memberKinds.monitoringServers),
    communicatorWebAccess: list(memberKinds.communicatorWebAccess),
    groupChatServers: list(memberKinds.groupChatServers),
    deploymentTasks: list(memberKinds.deploymentTasks),
  })
  .meta({
    title: "ocs-guard topology document",
    description: "An OCS 2007 R2 topology as data: the Topology and its members, each with the model of its ocs-guard component.",
  });

/** A topology document as parsed: every list optional, every `args` its component's model. */
export type TopologyDocument = {
  apiVersion: typeof TOPOLOGY_DOCUMENT_API_VERSION;
  topology: DocumentMember<"topology">;
} & { [L in MemberList]?: DocumentMember<(typeof memberKinds)[L]>[] };

// The hand-written type (which keeps each member's kind for inference) is the schema's, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameAsSchema: Same<TopologyDocument, z.infer<typeof topologyDocumentSchema>> = true;
void sameAsSchema;
