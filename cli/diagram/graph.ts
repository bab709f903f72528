import { normaliseFqdn } from "../../components/model/fqdn";
import type { Kind } from "../../components/model/catalog";
import { SECRET_MARK } from "../../components/model/redact";
import type { Graph, GraphEdge, GraphNode, GraphSite, GraphTopology, Shape } from "./graph-types";
import { dialPlanLink, gatewayLinkOnGateway, gatewayLinkOnMediation, internalLinkOnMediation } from "./link-requirements";
import type { DiagramMember, DiagramTopology } from "./members";
import { memberLines } from "./node-labels";
import { NodeIds } from "./node-ids";
import { type ComponentMarks, type DiagramVerdict, marksByUrn, requirementIndex } from "./verdict";
import { endpoint, fieldsOf, isPlaceholder, itemsOf, shown } from "./values";

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

const shapes: Partial<Record<Kind, Shape>> = {
  edgeServer: "hexagon",
  mediaGateway: "parallelogram",
  umDialPlan: "subroutine",
  archivingServer: "rounded",
  monitoringServer: "rounded",
  communicatorWebAccess: "rounded",
  groupChatServer: "rounded",
};

const idPrefixes: Record<Kind, string> = {
  topology: "topology",
  standardEditionServer: "se",
  enterprisePool: "pool",
  edgeServer: "edge",
  mediationServer: "med",
  mediaGateway: "gw",
  locationProfile: "lp",
  umDialPlan: "dp",
  clientEncryptionPolicy: "cep",
  ipsecPolicy: "ipsec",
  archivingServer: "arch",
  monitoringServer: "mon",
  communicatorWebAccess: "cwa",
  groupChatServer: "gc",
  deploymentTask: "task",
};

/** Labels of the topology-wide settings in the node that counts them. */
const settingsLabels: Partial<Record<Kind, [string, string]>> = {
  locationProfile: ["location profile", "location profiles"],
  clientEncryptionPolicy: ["client encryption policy", "client encryption policies"],
  ipsecPolicy: ["IPsec policy", "IPsec policies"],
  deploymentTask: ["deployment task", "deployment tasks"],
};

const NO_SITE = "(no site)";

/** Names in people's order (`r2` before `r10`), then by code unit, so that no two names tie. */
const byText = (a: string, b: string) => a.localeCompare(b, "en", { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);

interface Builder {
  ids: NodeIds;
  marks: Map<string, ComponentMarks>;
  requirements: Map<string, readonly string[]>;
  edges: GraphEdge[];
}

function sortedIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

function fqdnKey(value: unknown): string | undefined {
  return typeof value === "string" && !isPlaceholder(value) ? normaliseFqdn(value) : undefined;
}

function hasUnknownUnder(member: DiagramMember, ...prefixes: string[]): boolean {
  return member.unknownPaths.some((p) => prefixes.some((prefix) => p === prefix || p.startsWith(`${prefix}.`)));
}

class TopologyLayout {
  readonly sites = new Map<string, GraphNode[]>();
  readonly loose: GraphNode[] = [];
  readonly nodeOf = new Map<DiagramMember, GraphNode>();
  /** Pools and Standard Edition servers by FQDN: what next hops, dial plans and roles point at. */
  readonly pools = new Map<string, { node: GraphNode; site: string }>();
  readonly mediations = new Map<string, { member: DiagramMember; node: GraphNode; site: string }>();
  private readonly dangling = new Map<string, GraphNode>();
  /** Where each member's node goes within its site: the members' sorted order. */
  readonly rank = new Map<GraphNode, number>();
  readonly memberRank = new Map<DiagramMember, number>();

  constructor(
    private readonly b: Builder,
    private readonly topology: DiagramTopology,
  ) {}

  marksOf(member: DiagramMember): ComponentMarks | undefined {
    return this.b.marks.get(member.urn);
  }

  node(member: DiagramMember): GraphNode {
    const marks = this.marksOf(member);
    const violated = sortedIds(marks?.violated ?? []);
    const isWaived = marks?.waived ?? false;
    const waived = isWaived ? this.waivedIds(member, marks) : [];
    const notVerifiable = (marks?.notVerifiable ?? false) || member.unknownPaths.length > 0;
    const node: GraphNode = {
      id: this.b.ids.make(idPrefixes[member.kind], member.name),
      lines: memberLines(member, { violated, waived, isWaived, notVerifiable }),
      shape: member.kind === "mediaGateway" && member.model.kind === "sip-trunk" ? "stadium" : (shapes[member.kind] ?? "box"),
      violated,
      waived: isWaived,
      notVerifiable,
      components: 1,
    };
    if (member.problems.length > 0 && violated.length === 0) node.dangling = true;
    this.nodeOf.set(member, node);
    this.rank.set(node, this.memberRank.get(member) ?? this.memberRank.size);
    return node;
  }

  /** The requirement IDs of the waivers a member carries, less those with nothing to waive. */
  private waivedIds(member: DiagramMember, marks: ComponentMarks | undefined): string[] {
    const policies = itemsOf(member.model.waivers)
      .map((w) => fieldsOf(w).policy)
      .filter((p): p is string => typeof p === "string" && !marks?.waivesNothing.has(p));
    return sortedIds(policies.flatMap((p) => this.b.requirements.get(p) ?? []));
  }

  place(site: string, node: GraphNode): void {
    const nodes = this.sites.get(site);
    if (nodes) nodes.push(node);
    else this.sites.set(site, [node]);
  }

  /** The node standing for a name the topology does not hold, one per name and site. */
  danglingNode(what: string, name: unknown, site: string): GraphNode {
    const key = `${site}\u0000${what}\u0000${shown(name)}`;
    const known = this.dangling.get(key);
    if (known) return known;
    const node: GraphNode = {
      id: this.b.ids.make("missing", `${this.topology.name}_${shown(name)}`),
      lines: [`${what} ${shown(name)}`, danglingReason(name)],
      shape: "note",
      violated: [],
      waived: false,
      notVerifiable: isPlaceholder(name),
      dangling: true,
      components: 0,
    };
    this.dangling.set(key, node);
    this.place(site, node);
    return node;
  }

  link(from: GraphNode, to: GraphNode, label: string, violated: Iterable<string>, dashed: boolean): void {
    this.b.edges.push({ from: from.id, to: to.id, label, violated: sortedIds(violated), dashed });
  }

  /** IDs of `member`'s violations that judge a link. */
  linkViolations(member: DiagramMember, judging: ReadonlySet<string>): string[] {
    return [...(this.marksOf(member)?.violated ?? [])].filter((id) => judging.has(id));
  }
}

/** Why a reference leads nowhere: a name the topology lacks, or one the picture cannot read. */
function danglingReason(name: unknown): string {
  if (name === SECRET_MARK) return "named by a secret value";
  return isPlaceholder(name) ? "unknown during preview" : "not in this topology";
}

function siteOf(member: DiagramMember): string {
  const site = member.model.site;
  return site === undefined ? NO_SITE : shown(site);
}

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

/** A gateway sits in its Mediation Server's site; one that names none sits apart. */
function placeGateway(layout: TopologyLayout, gateway: DiagramMember): void {
  const med = layout.mediations.get(fqdnKey(gateway.model.mediationServer) ?? "");
  layout.place(med?.site ?? NO_SITE, layout.node(gateway));
}

/** A dial plan sits in the site of the first pool it serves that the topology holds. */
function placeDialPlan(layout: TopologyLayout, plan: DiagramMember): void {
  const served = itemsOf(plan.model.servesPools).map((p) => layout.pools.get(fqdnKey(p) ?? ""));
  const site = served.find((p) => p !== undefined)?.site ?? NO_SITE;
  layout.place(site, layout.node(plan));
}

function linkMember(layout: TopologyLayout, member: DiagramMember): void {
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
      if (!Array.isArray(m.servesPools)) toPool(m.servesPools, "UM", violated, true);
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

/** The picture of every topology of the resources, with the verdict's marks on it. */
export function buildGraph(topologies: readonly DiagramTopology[], verdict: DiagramVerdict): Graph {
  const b: Builder = { ids: new NodeIds(), marks: marksByUrn(verdict), requirements: requirementIndex(verdict), edges: [] };
  const ordered = [...topologies].sort((x, y) => Number(x.key === "") - Number(y.key === "") || byText(x.name, y.name) || byText(x.key, y.key));
  return { topologies: ordered.map((t) => layoutTopology(b, t)), loose: [], edges: b.edges };
}
