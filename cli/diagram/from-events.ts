import { kindOfToken } from "../../components/model/catalog";
import { SECRET_MARK } from "../../components/model/redact";
import { specialSecretSig, specialSigKey } from "../../policies/framework/sdk-internals";
import type { StackResource } from "../../policies/framework/topology-view";
import type { PreviewEvents, ResourceState } from "../events";
import { type DiagramOptions, type DiagramVerdict, topologyDiagram } from "./index";

/**
 * The stack's resources rebuilt from a preview's step events, for the picture: each with its type,
 * name, URN, parent and props. The engine writes a secret into its events as a signed envelope
 * whose ciphertext is `[secret]`; it becomes the plain `[secret]` placeholder here, so the
 * picture shows it as that and never needs the value.
 */

function isSecretEnvelope(value: Record<string, unknown>): boolean {
  return value[specialSigKey] === specialSecretSig;
}

function withSecretsMarked(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withSecretsMarked);
  if (value === null || typeof value !== "object") return value;
  const fields = value as Record<string, unknown>;
  if (isSecretEnvelope(fields)) return SECRET_MARK;
  return Object.fromEntries(Object.entries(fields).map(([key, item]) => [key, withSecretsMarked(item)]));
}

/** The last `::`-separated part of a URN: the resource's name (which may itself hold `::`). */
function nameOf(urn: string): string {
  const parts = urn.split("::");
  return parts.length >= 4 ? parts.slice(3).join("::") : urn;
}

export function resourcesFromStates(states: ReadonlyMap<string, ResourceState>): StackResource[] {
  const byUrn = new Map<string, StackResource>();
  for (const [urn, state] of states) {
    byUrn.set(urn, { type: state.type, name: nameOf(urn), urn, props: withSecretsMarked(state.props) });
  }
  for (const [urn, state] of states) {
    const resource = byUrn.get(urn);
    const parent = state.parent === undefined ? undefined : byUrn.get(state.parent);
    // A parent chain that loops (not something the engine sends) is cut rather than followed forever.
    if (resource && parent && !ancestors(parent).includes(resource)) resource.parent = parent;
  }
  return [...byUrn.values()];
}

function ancestors(resource: StackResource): StackResource[] {
  const found: StackResource[] = [];
  for (let p: StackResource | undefined = resource; p && !found.includes(p); p = p.parent) found.push(p);
  return found;
}

/** The Markdown section with the picture of a preview's topology and its findings; empty when it holds no OCS component. */
export function previewDiagram(events: Pick<PreviewEvents, "states" | "findings">, policies: DiagramVerdict["policies"], options: DiagramOptions = {}): string {
  if (!events.states) return "";
  // A stream whose step events carry no props (a trimmed log) has nothing to draw but names.
  const drawable = [...events.states.values()].some((s) => kindOfToken(s.type) !== undefined && Object.keys(s.props).length > 0);
  if (!drawable) return "";
  return topologyDiagram(resourcesFromStates(events.states), { findings: events.findings, policies }, options);
}
