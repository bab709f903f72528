import { dialPlanLink, gatewayLinkOnGateway, gatewayLinkOnMediation, internalLinkOnMediation } from "./link-requirements";
import { fqdnKey, hasUnknownUnder, NO_SITE, siteOf, type TopologyLayout } from "./layout";
import type { DiagramMember } from "./members";
import { endpoint, fieldsOf, isPlaceholder, itemsOf, shown } from "./values";

/**
 * Where the members that hang from others sit, and the links the model names: a Mediation
 * Server's internal edge to its next hop and its external edge to each gateway or SIP trunk, a
 * dial plan to the pools it serves, the other roles to their pools.
 */

/** A gateway sits in its Mediation Server's site; one that names none sits apart. */
export function placeGateway(layout: TopologyLayout, gateway: DiagramMember): void {
  const med = layout.mediations.get(fqdnKey(gateway.model.mediationServer) ?? "");
  layout.place(med?.site ?? NO_SITE, layout.node(gateway));
}

/** A dial plan sits in the site of the first pool it serves that the topology holds. */
export function placeDialPlan(layout: TopologyLayout, plan: DiagramMember): void {
  const served = itemsOf(plan.model.servesPools).map((p) => layout.pools.get(fqdnKey(p) ?? ""));
  const site = served.find((p) => p !== undefined)?.site ?? NO_SITE;
  layout.place(site, layout.node(plan));
}

/** Draws the links a member's model names, from its node to what they name (or to a node saying it is not there). */
export function linkMember(layout: TopologyLayout, member: DiagramMember): void {
  const node = layout.nodeOf.get(member);
  if (!node) return;
  const m = member.model;
  const toPool = (target: unknown, label: string, violated: string[], dashed: boolean) => {
    const pool = layout.pools.get(fqdnKey(target) ?? "");
    const to = pool?.node ?? layout.danglingNode("pool", target, siteOf(member));
    layout.link(node, to, label, violated, dashed);
  };
  switch (member.kind) {
    case "mediationServer": {
      const internal = fieldsOf(m.internal);
      const violated = layout.linkViolations(member, internalLinkOnMediation);
      toPool(m.nextHop, `internal ${endpoint(internal.ip, internal.port, internal.transport)}`, violated, hasUnknownUnder(member, "internal", "nextHop"));
      break;
    }
    case "mediaGateway": {
      const key = fqdnKey(m.mediationServer);
      const med = layout.mediations.get(key ?? "");
      const medNode = med?.node ?? layout.danglingNode("Mediation Server", m.mediationServer, NO_SITE);
      const external = med ? fieldsOf(med.member.model.external) : {};
      const medSide = med === undefined ? "" : med.member.model.external === undefined ? "no external edge" : `external ${endpoint(external.ip, external.port, external.transport)}`;
      const gatewaySide = endpoint(m.ip, m.port, m.transport);
      const violated = [
        ...layout.linkViolations(member, gatewayLinkOnGateway),
        ...(med ? layout.linkViolations(med.member, gatewayLinkOnMediation) : []),
      ];
      const dashed = hasUnknownUnder(member, "ip", "port", "transport", "nextHop", "mediationServer") || (med !== undefined && hasUnknownUnder(med.member, "external"));
      layout.link(medNode, node, medSide ? `${medSide} to ${gatewaySide}` : gatewaySide, violated, dashed);
      break;
    }
    case "umDialPlan": {
      const violated = layout.linkViolations(member, dialPlanLink);
      const security = m.voipSecurity === undefined ? "VoIP security not set" : shown(m.voipSecurity);
      for (const pool of itemsOf(m.servesPools)) toPool(pool, `UM ${security}`, violated, hasUnknownUnder(member, "servesPools", "voipSecurity"));
      // The whole list unknown (or secret) during preview: one link to what cannot be named yet.
      if (isPlaceholder(m.servesPools)) toPool(m.servesPools, "UM", violated, true);
      break;
    }
    case "archivingServer":
    case "monitoringServer":
      for (const pool of itemsOf(m.pools)) toPool(pool, member.kind === "archivingServer" ? "archives" : "monitors", [], hasUnknownUnder(member, "pools"));
      break;
    case "communicatorWebAccess":
    case "groupChatServer":
      toPool(m.pool, member.kind === "communicatorWebAccess" ? "signs users in" : "uses", [], hasUnknownUnder(member, "pool"));
      break;
    default:
      break;
  }
}

