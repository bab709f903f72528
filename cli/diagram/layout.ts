import { normaliseFqdn } from "../../components/model/fqdn";
import type { Kind } from "../../components/model/catalog";
import { SECRET_MARK } from "../../components/model/redact";
import type { GraphEdge, GraphNode, Shape } from "./graph-types";
import type { DiagramMember, DiagramTopology } from "./members";
import { memberLines } from "./node-labels";
import type { NodeIds } from "./node-ids";
import type { ComponentMarks } from "./verdict";
import { fieldsOf, isPlaceholder, itemsOf, shown } from "./values";

/**
 * One topology being laid out: the nodes of its members by site, what references resolve to
 * (pools and Mediation Servers by FQDN), and the nodes that stand for references to nothing.
 */

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

export const NO_SITE = "(no site)";

/** What every topology of one picture shares: its node IDs, the verdict's marks and the links drawn so far. */
export interface Builder {
  ids: NodeIds;
  marks: Map<string, ComponentMarks>;
  requirements: Map<string, readonly string[]>;
  edges: GraphEdge[];
}

export function sortedIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}


export function fqdnKey(value: unknown): string | undefined {
  return typeof value === "string" && !isPlaceholder(value) ? normaliseFqdn(value) : undefined;
}


export function hasUnknownUnder(member: DiagramMember, ...prefixes: string[]): boolean {
  return member.unknownPaths.some((p) => prefixes.some((prefix) => p === prefix || p.startsWith(`${prefix}.`)));
}

export class TopologyLayout {
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
      // Named after the topology, never the value: a value may be secret, and an ID is not redacted.
      id: this.b.ids.make("missing", this.topology.name),
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

export function siteOf(member: DiagramMember): string {
  const site = member.model.site;
  return site === undefined ? NO_SITE : shown(site);
}
