import type { Kind } from "../../components/model/catalog";
import type { Graph, GraphSite, GraphTopology } from "./graph-types";
import { type Builder, NO_SITE, siteOf, TopologyLayout, fqdnKey } from "./layout";
import { linkMember, placeDialPlan, placeGateway } from "./links";
import type { DiagramMember, DiagramTopology } from "./members";
import { NodeIds } from "./node-ids";
import { type DiagramVerdict, marksByUrn, requirementIndex } from "./verdict";
import { shown } from "./values";

/**
 * Lays the members of each topology out as nodes in sites, and draws the links the model names:
 * a Mediation Server's internal edge to its next hop, its external edge to each gateway or SIP
 * trunk attached to it, a dial plan to the pools it serves, and the other roles to their pools.
 * Everything is sorted (topology, site, kind, name), so the same topology gives the same picture.
 */

/** The order kinds are drawn in within a site; kinds not listed are topology-wide settings. */
const drawOrder: readonly Kind[] = [
  "enterprisePool",
  "standardEditionServer",
  "edgeServer",
  "mediationServer",
  "mediaGateway",
  "umDialPlan",
  "archivingServer",
  "monitoringServer",
  "communicatorWebAccess",
  "groupChatServer",
];

/** Labels of the topology-wide settings in the node that counts them. */
const settingsLabels: Partial<Record<Kind, [string, string]>> = {
  locationProfile: ["location profile", "location profiles"],
  clientEncryptionPolicy: ["client encryption policy", "client encryption policies"],
  ipsecPolicy: ["IPsec policy", "IPsec policies"],
  deploymentTask: ["deployment task", "deployment tasks"],
};

/** Names in people's order (`r2` before `r10`), then by code unit, so that no two names tie. */
const byText = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);

function compareMembers(a: DiagramMember, b: DiagramMember): number {
  const order = (m: DiagramMember) => {
    const i = drawOrder.indexOf(m.kind);
    return i === -1 ? drawOrder.length : i;
  };
  return order(a) - order(b) || byText(a.kind, b.kind) || byText(a.name, b.name) || byText(a.urn, b.urn);
}


function layoutTopology(b: Builder, topology: DiagramTopology): GraphTopology {
  const layout = new TopologyLayout(b, topology);
  const members = [...topology.members].sort(compareMembers);
  const settings = new Map<Kind, number>();

  members.forEach((m, i) => layout.memberRank.set(m, i));
  for (const member of members) {
    const marked = b.marks.has(member.urn) || member.unknownPaths.length > 0 || member.problems.length > 0;
    switch (member.kind) {
      case "enterprisePool":
      case "standardEditionServer": {
        const node = layout.node(member);
        const site = siteOf(member);
        layout.place(site, node);
        const key = fqdnKey(member.model.fqdn);
        if (key !== undefined && !layout.pools.has(key)) layout.pools.set(key, { node, site });
        break;
      }
      case "mediationServer": {
        const node = layout.node(member);
        const site = siteOf(member);
        layout.place(site, node);
        const key = fqdnKey(member.model.fqdn);
        if (key !== undefined && !layout.mediations.has(key)) layout.mediations.set(key, { member, node, site });
        break;
      }
      case "mediaGateway":
      case "umDialPlan":
        // Placed once the pools and Mediation Servers they attach to are known.
        break;
      case "edgeServer":
      case "archivingServer":
      case "monitoringServer":
      case "communicatorWebAccess":
      case "groupChatServer":
        layout.place(siteOf(member), layout.node(member));
        break;
      case "topology":
        // The Topology is the frame of the picture; it gets a node only when a finding names it.
        if (marked) layout.loose.push(layout.node(member));
        break;
      default:
        if (marked) layout.loose.push(layout.node(member));
        else settings.set(member.kind, (settings.get(member.kind) ?? 0) + 1);
    }
  }

  for (const member of members) {
    if (member.kind === "mediaGateway") placeGateway(layout, member);
    if (member.kind === "umDialPlan") placeDialPlan(layout, member);
  }
  for (const member of members) linkMember(layout, member);

  const root = topology.members.find((m) => m.kind === "topology");
  const counted = [...settings.entries()].map(([kind, n]) => {
    const [one, many] = settingsLabels[kind] ?? [kind, `${kind}s`];
    return `${n} ${n === 1 ? one : many}`;
  });
  if (counted.length > 0) {
    layout.loose.push({
      id: b.ids.make("settings", topology.name),
      lines: ["Topology-wide settings", counted.join(", ")],
      shape: "note",
      violated: [],
      waived: false,
      notVerifiable: false,
      // The Topology itself is counted here when it has no node of its own.
      components: [...settings.values()].reduce((a, n) => a + n, 0) + (root && !layout.nodeOf.has(root) ? 1 : 0),
    });
  }

  const sites: GraphSite[] = [...layout.sites.entries()]
    .sort(([a], [b2]) => Number(a === NO_SITE) - Number(b2 === NO_SITE) || byText(a, b2))
    // A reference to nothing (no rank) comes after the members of its site.
    .map(([name, nodes]) => ({ name, nodes: [...nodes].sort((x, y) => (layout.rank.get(x) ?? Infinity) - (layout.rank.get(y) ?? Infinity)) }));
  const organization = root ? shown(root.model.organization) : undefined;
  const title = root ? `Topology ${topology.name}${organization && organization !== "missing" ? ` (${organization})` : ""}` : topology.name;
  return { key: topology.key, name: topology.name, title, sites, loose: layout.loose };
}


/** The picture of every topology of the resources, with the verdict's marks on it. */
export function buildGraph(topologies: readonly DiagramTopology[], verdict: DiagramVerdict): Graph {
  const b: Builder = { ids: new NodeIds(), marks: marksByUrn(verdict), requirements: requirementIndex(verdict), edges: [] };
  const ordered = [...topologies].sort((x, y) => Number(x.key === "") - Number(y.key === "") || byText(x.name, y.name) || byText(x.key, y.key));
  return { topologies: ordered.map((t) => layoutTopology(b, t)), loose: [], edges: b.edges };
}
