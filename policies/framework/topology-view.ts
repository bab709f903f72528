import { catalog, type Kind, kindOfToken, type ModelOf } from "../../components/model/catalog";
import { decodeModel } from "./decode";

/** A resource as a stack policy receives it (a subset of @pulumi/policy's PolicyResource). */
export interface StackResource {
  type: string;
  name: string;
  urn: string;
  props: unknown;
  parent?: StackResource;
}

/** One OCS component of the stack with its decoded model. */
export interface Member<K extends Kind = Kind> {
  kind: K;
  name: string;
  urn: string;
  /** How messages name it: `Mediation Server "med-1"`. */
  subject: string;
  model: ModelOf<K>;
  /** The props as delivered, for reading waivers. */
  props: unknown;
}

/** A component whose props do not match its model. */
export interface MalformedMember {
  kind: Kind;
  name: string;
  urn: string;
  subject: string;
  props: unknown;
  problems: string[];
}

/** The members of one Topology (or of the stack, for members outside any Topology). */
export interface TopologyView {
  name: string;
  /** False for the group of components created outside any Topology. */
  rooted: boolean;
  members: Member[];
  of<K extends Kind>(kind: K): Member<K>[];
}

export function subjectOf(kind: Kind, name: string): string {
  return `${catalog[kind].label} "${name}"`;
}

function topologyOf(resource: StackResource): StackResource | undefined {
  for (let p = resource.parent; p; p = p.parent) {
    if (p.type === catalog.topology.token) return p;
  }
  return undefined;
}

function makeView(name: string, rooted: boolean, members: Member[]): TopologyView {
  // Every stack rule of a request reads the same views: each kind's members are listed once.
  const byKind = new Map<Kind, Member[]>();
  return {
    name,
    rooted,
    members,
    of: <K extends Kind>(kind: K) => {
      let found = byKind.get(kind);
      if (found === undefined) {
        found = members.filter((m) => m.kind === kind);
        byKind.set(kind, found);
      }
      return found as Member<K>[];
    },
  };
}

/**
 * Groups the stack's OCS components by the Topology that parents them, decoding each model once.
 * Stack rules judge one topology at a time; components created outside any Topology form one group.
 */
export interface BuiltViews {
  views: TopologyView[];
  malformed: MalformedMember[];
}

export function buildViews(resources: readonly StackResource[]): BuiltViews {
  const groups = new Map<string, { name: string; members: Member[] }>();
  const malformed: MalformedMember[] = [];
  for (const resource of resources) {
    const kind = kindOfToken(resource.type);
    if (kind === undefined) continue;
    const subject = subjectOf(kind, resource.name);
    const decoded = decodeModel(kind, subject, resource.props);
    if (!decoded.ok) {
      malformed.push({ kind, name: resource.name, urn: resource.urn, subject, props: resource.props, problems: decoded.problems });
      continue;
    }
    const topology = kind === "topology" ? resource : topologyOf(resource);
    const key = topology?.urn ?? "";
    const group = groups.get(key) ?? { name: topology?.name ?? "(stack)", members: [] };
    group.members.push({ kind, name: resource.name, urn: resource.urn, subject, model: decoded.model, props: resource.props });
    groups.set(key, group);
  }
  return { views: [...groups.entries()].map(([key, g]) => makeView(g.name, key !== "", g.members)), malformed };
}
