import type { Kind } from "../../components/model/catalog";
import type { MediationEdge } from "../../components/model/mediation-server";
import type { Member, TopologyView } from "../framework/topology-view";
import { resolveReference } from "./resolve";

/** Kinds whose model carries an `fqdn`, i.e. the targets an FQDN reference can resolve to. */
const kindsWithFqdn = [
  "standardEditionServer",
  "enterprisePool",
  "edgeServer",
  "mediationServer",
  "mediaGateway",
  "umDialPlan",
  "archivingServer",
  "monitoringServer",
  "communicatorWebAccess",
  "groupChatServer",
] as const satisfies readonly Kind[];

type FqdnKind = (typeof kindsWithFqdn)[number];

/** Every member of the topology that an FQDN can name. */
export function membersWithFqdn(view: TopologyView): Member<FqdnKind>[] {
  return kindsWithFqdn.flatMap((kind) => view.of(kind) as Member<FqdnKind>[]);
}

/** The members whose FQDN is `fqdn` (reading an unknown FQDN makes the caller's judgement unknown). */
export function membersNamed(view: TopologyView, fqdn: string): Member<FqdnKind>[] {
  return resolveReference(membersWithFqdn(view), (m) => m.model.fqdn, fqdn);
}

/** The Mediation Servers a gateway names as its own. */
export function mediationServersOf(view: TopologyView, gateway: Member<"mediaGateway">): Member<"mediationServer">[] {
  return resolveReference(view.of("mediationServer"), (m) => m.model.fqdn, gateway.model.mediationServer);
}

/**
 * The one Mediation Server a gateway is attached to, or undefined when it names none or several
 * of the topology: OCS-GW-8 reports those, and the other gateway rules skip them so that one
 * broken reference is reported once.
 */
export function attachedMediationServer(
  view: TopologyView,
  gateway: Member<"mediaGateway">,
): Member<"mediationServer"> | undefined {
  const servers = mediationServersOf(view, gateway);
  return servers.length === 1 ? servers[0] : undefined;
}

/**
 * The Mediation Server a gateway is attached to, with the external edge the gateway talks to; undefined
 * when the gateway names no single Mediation Server (OCS-GW-8) or that server has no external edge
 * (OCS-GW-4), which those rules report.
 */
export function attachedExternalEdge(
  view: TopologyView,
  gateway: Member<"mediaGateway">,
): { server: Member<"mediationServer">; external: MediationEdge } | undefined {
  const server = attachedMediationServer(view, gateway);
  if (server === undefined) return undefined;
  const { external } = server.model;
  return external === undefined ? undefined : { server, external };
}
