import { type Graph, type GraphEdge, type GraphNode, type GraphTopology, isMarked, nodesOf } from "./graph-types";
import { NodeIds } from "./node-ids";
import { linkCount, type MermaidOptions, writeMermaid } from "./mermaid";

/**
 * Keeps the picture of a large estate readable and within what a pull-request comment and
 * GitHub's Mermaid renderer take. Above `maxNodes` it folds, step by step, only as far as needed:
 * each site without findings into one node, then each topology without findings into one node,
 * then the folded topologies beyond the limit into one node that counts them. Sites with
 * findings stay drawn in full; only when the text would still exceed `maxChars` are they folded
 * too (their node keeps the requirement IDs), and the last ones are counted in one node.
 * Every fold is told in one sentence under the picture.
 */

export interface SizeLimits {
  /** Most nodes drawn before compliant sites are folded. */
  maxNodes: number;
  /** Most characters of Mermaid text, whatever the findings. */
  maxChars: number;
}

/**
 * GitHub renders Mermaid text up to 50,000 characters and a pull-request comment holds 65,536:
 * the cap leaves room for the rest of the summary. 60 nodes is about four sites drawn in full.
 */
export const defaultLimits: SizeLimits = { maxNodes: 60, maxChars: 30_000 };

/** Mermaid refuses to draw a flowchart of more links than this (its `maxEdges` default). */
const MERMAID_MAX_EDGES = 500;

export interface GuardedPicture {
  mermaid: string;
  /** What was folded, in sentences; empty when everything is drawn. */
  folded: string[];
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

function countNodes(graph: Graph): number {
  return graph.topologies.reduce((n, t) => n + nodesOf(t).length, graph.loose.length);
}

function componentsOf(nodes: readonly GraphNode[]): number {
  return nodes.reduce((n, node) => n + node.components, 0);
}

function idsOfAll(graph: Graph): string[] {
  return [...graph.topologies.flatMap(nodesOf), ...graph.loose].map((n) => n.id);
}

/** One node for several: their findings joined, so a folded violation stays red with its IDs. */
function foldedNode(id: string, title: string, nodes: readonly GraphNode[]): GraphNode {
  const violated = [...new Set(nodes.flatMap((n) => n.violated))].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const waived = nodes.some((n) => n.waived);
  const notVerifiable = nodes.some((n) => n.notVerifiable);
  const findings = [
    ...(violated.length > 0 ? [`violates ${violated.join(", ")}`] : []),
    ...(waived ? ["waived"] : []),
    ...(notVerifiable ? ["not verifiable until update"] : []),
  ];
  const components = componentsOf(nodes);
  return {
    id,
    lines: [`${title}: ${plural(components, "component")}, ${findings.length > 0 ? findings.join(", ") : "compliant"}`],
    shape: "box",
    violated,
    waived,
    notVerifiable,
    components,
    collapsed: true,
  };
}

/** The edges with their ends moved to the nodes that now stand for them; a folded link loses its label. */
function redirect(edges: readonly GraphEdge[], moved: ReadonlyMap<string, string>): GraphEdge[] {
  const byEnds = new Map<string, GraphEdge>();
  for (const edge of edges) {
    const from = moved.get(edge.from) ?? edge.from;
    const to = moved.get(edge.to) ?? edge.to;
    if (from === to) continue;
    const touched = from !== edge.from || to !== edge.to;
    const key = `${from}\u0000${to}`;
    const known = byEnds.get(key);
    if (!known) {
      byEnds.set(key, { ...edge, from, to, label: touched ? "" : edge.label });
      continue;
    }
    known.label = "";
    known.violated = [...new Set([...known.violated, ...edge.violated])].sort();
    known.dashed ||= edge.dashed;
  }
  return [...byEnds.values()];
}

interface Fold {
  graph: Graph;
  sentence?: string;
}

/** Folds the sites `which` chooses, each into one node inside its topology. */
function foldSites(graph: Graph, which: (nodes: readonly GraphNode[]) => boolean, kind: string): Fold {
  const ids = new NodeIds().reserve(idsOfAll(graph));
  const moved = new Map<string, string>();
  let folded = 0;
  const topologies = graph.topologies.map((t): GraphTopology => {
    const kept = t.sites.filter((s) => !which(s.nodes));
    const gone = t.sites.filter((s) => which(s.nodes));
    const nodes = gone.map((s) => {
      const node = foldedNode(ids.make("site", `${t.name}_${s.name}`), `site ${s.name}`, s.nodes);
      for (const n of s.nodes) moved.set(n.id, node.id);
      return node;
    });
    folded += gone.length;
    return { ...t, sites: kept, loose: [...nodes, ...t.loose] };
  });
  if (folded === 0) return { graph };
  return {
    graph: { ...graph, topologies, edges: redirect(graph.edges, moved) },
    sentence: `${plural(folded, `${kind} site is`, `${kind} sites are`)} drawn as one node each.`,
  };
}

/** Folds the topologies `which` chooses, each into one node outside every frame. */
function foldTopologies(graph: Graph, which: (t: GraphTopology) => boolean, kind: string): Fold {
  const ids = new NodeIds().reserve(idsOfAll(graph));
  const moved = new Map<string, string>();
  const gone = graph.topologies.filter(which);
  if (gone.length === 0) return { graph };
  const nodes = gone.map((t) => {
    const inside = nodesOf(t);
    // Folded sites are nodes among the topology's own.
    const sites = t.sites.length + t.loose.filter((n) => n.collapsed).length;
    const node = foldedNode(ids.make("topology", t.name), `${t.title}, ${plural(sites, "site")}`, inside);
    for (const n of inside) moved.set(n.id, node.id);
    return node;
  });
  return {
    graph: { topologies: graph.topologies.filter((t) => !which(t)), loose: [...graph.loose, ...nodes], edges: redirect(graph.edges, moved) },
    sentence: `${plural(gone.length, `${kind} topology is`, `${kind} topologies are`)} drawn as one node each.`,
  };
}

/** Keeps the first `keep` folded topologies (those with findings first) and counts the rest in one node. */
function countTheRest(graph: Graph, keep: number): Fold {
  const ordered = [...graph.loose.filter(isMarked), ...graph.loose.filter((n) => !isMarked(n))];
  if (ordered.length <= keep + 1) return { graph };
  const kept = ordered.slice(0, keep);
  const rest = ordered.slice(keep);
  const id = new NodeIds().reserve(idsOfAll(graph)).make("more", "topologies");
  const node = foldedNode(id, `${plural(rest.length, "more topology", "more topologies")}`, rest);
  const moved = new Map(rest.map((n) => [n.id, id]));
  const order = new Map(graph.loose.map((n, i) => [n.id, i]));
  kept.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return {
    graph: { ...graph, loose: [...kept, node], edges: redirect(graph.edges, moved) },
    sentence: `${plural(rest.length, "topology", "topologies")} with ${plural(componentsOf(rest), "component")} in all ${rest.length === 1 ? "is" : "are"} counted in one node, not drawn.`,
  };
}

const compliant = (nodes: readonly GraphNode[]) => !nodes.some(isMarked);

/** The Mermaid text of the graph within the limits, and what had to be folded to get there. */
export function guardedMermaid(graph: Graph, limits: SizeLimits = defaultLimits, options: MermaidOptions = {}): GuardedPicture {
  const folded: string[] = [];
  let current = graph;
  const fits = () => countNodes(current) <= limits.maxNodes;
  const apply = (fold: Fold) => {
    current = fold.graph;
    if (fold.sentence) folded.push(fold.sentence);
  };
  if (!fits()) apply(foldSites(current, compliant, "compliant"));
  if (!fits()) apply(foldTopologies(current, (t) => compliant(nodesOf(t)), "compliant"));
  if (!fits()) apply(countTheRest(current, Math.max(0, limits.maxNodes - countNodes({ ...current, loose: [] }) - 1)));
  let text = writeMermaid(current, options);
  const tooLong = () => text.length > limits.maxChars || linkCount(current) > MERMAID_MAX_EDGES;
  if (tooLong()) {
    apply(foldSites(current, () => true, "other"));
    text = writeMermaid(current, options);
  }
  if (tooLong()) {
    apply(foldTopologies(current, () => true, "other"));
    text = writeMermaid(current, options);
  }
  if (tooLong()) {
    // Every topology is one short node now: halve how many are drawn until the text fits.
    let fold: Fold = { graph: current };
    const over = (g: Graph) => writeMermaid(g, options).length > limits.maxChars || linkCount(g) > MERMAID_MAX_EDGES;
    for (let keep = current.loose.length; keep > 0 && over(fold.graph); ) {
      keep = Math.floor(keep / 2);
      fold = countTheRest(current, keep);
    }
    apply(fold);
    text = writeMermaid(current, options);
  }
  return { mermaid: text, folded };
}
