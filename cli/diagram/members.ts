import { withoutConstructionSite } from "../../components/construction-site";
import { catalog, type Kind, kindOfToken } from "../../components/model/catalog";
import { describeIssues } from "../../components/model/describe-issues";
import { leafValues } from "../../components/model/redact";
import { valueAt } from "../../components/model/describe-issues";
import { isUnknownSentinel, unwrapProxy } from "../../policies/framework/decode";
import { parseKnown, withoutUnknowns } from "../../policies/framework/parse-known";
import { secretPathsOf } from "../../policies/framework/secrets";
import { subjectOf, type StackResource } from "../../policies/framework/topology-view";
import { type Fields, fieldsOf, isPlaceholder } from "./values";

/**
 * The OCS components of a stack as the picture needs them: grouped by the Topology that parents
 * them (as the stack policies group them, policies/framework/topology-view.ts), each model decoded
 * with the same schema and the same known-value parse the policies use. Unlike the policies' view
 * it keeps what they set aside: a member whose model cannot be read is still drawn (and says so),
 * and a value the engine hid as `[secret]` or left unknown stays in place as its placeholder.
 */

export interface DiagramMember {
  kind: Kind;
  name: string;
  urn: string;
  /** The decoded model (fields as the components parse them), placeholders kept; raw props when it cannot be read. */
  model: Fields;
  /** Why the model cannot be read; empty when it can. */
  problems: string[];
  /** Dotted paths of the values unknown during preview, e.g. `external.ip`. */
  unknownPaths: string[];
}

export interface DiagramTopology {
  /** The Topology's URN, or "" for the components created outside any Topology. */
  key: string;
  name: string;
  members: DiagramMember[];
}

function topologyOf(resource: StackResource): StackResource | undefined {
  for (let p = resource.parent; p; p = p.parent) {
    if (p.type === catalog.topology.token) return p;
  }
  return undefined;
}

function pathsWhere(value: unknown, test: (v: unknown) => boolean, path: string[] = [], found: string[] = []): string[] {
  if (test(value)) found.push(path.join("."));
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) pathsWhere(item, test, [...path, key], found);
  }
  return found;
}

function readMember(kind: Kind, resource: StackResource): DiagramMember {
  const raw = withoutConstructionSite(unwrapProxy(resource.props));
  const parsed = parseKnown(catalog[kind].schema, raw, isPlaceholder);
  const unknownPaths = pathsWhere(raw, isUnknownSentinel);
  const base = { kind, name: resource.name, urn: resource.urn, unknownPaths };
  if (parsed.issues.length === 0) return { ...base, model: fieldsOf(parsed.value), problems: [] };
  const problems = describeIssues(subjectOf(kind, resource.name), parsed.issues, withoutUnknowns(raw, isPlaceholder));
  return { ...base, model: fieldsOf(raw), problems };
}

/** Groups the stack's OCS components by Topology, in the order the resources come. */
export function readTopologies(resources: readonly StackResource[]): DiagramTopology[] {
  const groups = new Map<string, DiagramTopology>();
  for (const resource of resources) {
    const kind = kindOfToken(resource.type);
    if (kind === undefined) continue;
    const topology = kind === "topology" ? resource : topologyOf(resource);
    const key = topology?.urn ?? "";
    const group = groups.get(key) ?? { key, name: topology?.name ?? "(outside any Topology)", members: [] };
    group.members.push(readMember(kind, resource));
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The values the resources hold as secrets, where the policy SDK said which are (props that came
 * through it). Props from the engine's event stream carry `[secret]` in their place instead.
 */
export function secretValuesIn(resources: readonly StackResource[]): (string | number)[] {
  return resources.flatMap((resource) => {
    const paths = secretPathsOf(resource.props);
    const raw = unwrapProxy(resource.props);
    return (paths ?? []).flatMap((path) => leafValues(valueAt(raw, path)));
  });
}
