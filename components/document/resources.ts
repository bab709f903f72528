import { catalog, type Kind } from "../model/catalog";
import { memberKinds, memberLists, type TopologyDocument } from "./schema";

/**
 * A document's components as a stack policy receives them (the shape of @pulumi/policy's
 * PolicyResource that the pack reads), so that a document can be judged without the engine.
 */
export interface DocumentResource {
  /** The component's type token, e.g. `ocs:voice:MediationServer`. */
  type: string;
  name: string;
  urn: string;
  /** The component's args as written in the document (what the engine records as its inputs and outputs). */
  props: Record<string, unknown>;
  /** The Topology, for every member; absent for the Topology itself. */
  parent?: DocumentResource;
}

/** Where the resources live: the stack and project names the URNs carry. */
export interface DocumentStack {
  stack: string;
  project: string;
}

/**
 * The URN the engine gives a component: `urn:pulumi:<stack>::<project>::<type>::<name>`, where a
 * child's type is qualified by its parent's (`ocs:index:Topology$ocs:voice:MediationServer`), and
 * a component parented by the stack itself has its own type alone.
 */
export function componentUrn(where: DocumentStack, kind: Kind, name: string, parentType?: string): string {
  const type = parentType === undefined ? catalog[kind].token : `${parentType}$${catalog[kind].token}`;
  return `urn:pulumi:${where.stack}::${where.project}::${type}::${name}`;
}

/** A value as the engine records it: plain JSON, so an absent optional field is absent. */
function plain(args: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(args)) as Record<string, unknown>;
}

/**
 * The resources `buildTopology(document)` registers, as the engine delivers them to a stack
 * policy: the Topology first, then every member in document order, parented by the Topology.
 */
export function documentResources(document: TopologyDocument, where: DocumentStack): DocumentResource[] {
  const topology: DocumentResource = {
    type: catalog.topology.token,
    name: document.topology.name,
    urn: componentUrn(where, "topology", document.topology.name),
    props: plain(document.topology.args),
  };
  const members = memberLists.flatMap((list) =>
    (document[list] ?? []).map(
      (member): DocumentResource => ({
        type: catalog[memberKinds[list]].token,
        name: member.name,
        urn: componentUrn(where, memberKinds[list], member.name, catalog.topology.token),
        props: plain(member.args),
        parent: topology,
      }),
    ),
  );
  return [topology, ...members];
}

/**
 * The path of the member called `name` of the given type token (`["mediationServers", 1]`, or
 * `["topology"]`), to locate a resource a policy reported; undefined when the document has none.
 */
export function memberPath(document: TopologyDocument, type: string, name: string): (string | number)[] | undefined {
  if (type === catalog.topology.token) return document.topology.name === name ? ["topology"] : undefined;
  for (const list of memberLists) {
    if (catalog[memberKinds[list]].token !== type) continue;
    const index = (document[list] ?? []).findIndex((m) => m.name === name);
    if (index >= 0) return [list, index];
  }
  return undefined;
}
