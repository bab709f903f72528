/**
 * The picture as data, before it is written as Mermaid: topologies holding sites holding nodes,
 * and the links between nodes. Labels are plain text here; the Mermaid writer escapes them.
 */

export type Shape = "box" | "hexagon" | "parallelogram" | "stadium" | "subroutine" | "rounded" | "note";

export interface GraphNode {
  id: string;
  /** Label lines, plain text. */
  lines: string[];
  shape: Shape;
  /** Requirement IDs of the violations on what the node stands for. */
  violated: string[];
  /** Whether a violation on it is accepted by a waiver or exception. */
  waived: boolean;
  /** Whether a policy could not judge it during preview, or a value of it is unknown. */
  notVerifiable: boolean;
  /** A reference to something the topology does not hold (a next hop, a served pool). */
  dangling?: boolean;
  /** How many components it stands for. */
  components: number;
  /** It stands for a whole site or topology (or several) that the size guard folded. */
  collapsed?: boolean;
}

export interface GraphEdge {
  from: string;
  to: string;
  label: string;
  /** Requirement IDs that judge this link and are violated on one of its ends. */
  violated: string[];
  /** Whether a value the link is drawn from is unknown during preview. */
  dashed: boolean;
}

export interface GraphSite {
  /** The site's name as the members give it. */
  name: string;
  nodes: GraphNode[];
}

export interface GraphTopology {
  key: string;
  name: string;
  /** The subgraph's title. */
  title: string;
  sites: GraphSite[];
  /** Nodes that belong to no site: topology-wide settings, the Topology itself when a finding names it. */
  loose: GraphNode[];
}

export interface Graph {
  topologies: GraphTopology[];
  /** Nodes outside every topology's frame: topologies the size guard folded into one node. */
  loose: GraphNode[];
  edges: GraphEdge[];
}

/** Whether the node carries a finding (or points at nothing), so the size guard keeps it in view. */
export function isMarked(node: GraphNode): boolean {
  return node.violated.length > 0 || node.waived || node.notVerifiable || node.dangling === true;
}

export function nodesOf(topology: GraphTopology): GraphNode[] {
  return [...topology.sites.flatMap((s) => s.nodes), ...topology.loose];
}
