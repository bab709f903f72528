import type { Graph, GraphEdge, GraphNode, Shape } from "./graph-types";
import { NodeIds } from "./node-ids";
import { quotedLabel } from "./mermaid-text";

/**
 * Writes the picture as a Mermaid flowchart that GitHub renders: each topology a subgraph, each
 * site a subgraph inside it, the links after the nodes. Findings are classes and link styles, so
 * the colours are declared once: red for a violation (the requirement IDs are in the label),
 * amber for a waived one, a dashed outline or line where a value is unknown during preview.
 */

const shapeSyntax: Record<Shape, [string, string]> = {
  box: ["[", "]"],
  hexagon: ["{{", "}}"],
  parallelogram: ["[/", "/]"],
  stadium: ["([", "])"],
  subroutine: ["[[", "]]"],
  rounded: ["(", ")"],
  note: [">", "]"],
};

/** Later declarations win where two classes set the same property, so a violation's red comes last. */
const classDefs: [name: string, style: string, applies: (n: GraphNode) => boolean][] = [
  ["collapsed", "fill:#eef3f8,stroke:#7a8b9c", (n) => n.collapsed === true && n.violated.length === 0],
  ["dangling", "fill:#f4f4f4,stroke:#777,stroke-dasharray:4 3", (n) => n.dangling === true && n.violated.length === 0],
  ["unverified", "stroke-dasharray:6 4,stroke-width:2px", (n) => n.notVerifiable],
  ["waived", "fill:#fff4d6,stroke:#c77700,stroke-width:2px,color:#5c3b00", (n) => n.waived],
  ["violated", "fill:#fde2e2,stroke:#c62828,stroke-width:3px,color:#7f0000", (n) => n.violated.length > 0],
];

export interface MermaidOptions {
  /** `TB` (default: top to bottom, which fits a pull request's width) or `LR`. */
  direction?: "LR" | "TB";
}

function nodeLine(node: GraphNode, indent: string): string {
  const [open, close] = shapeSyntax[node.shape];
  return `${indent}${node.id}${open}${quotedLabel(node.lines)}${close}`;
}

function edgeLabel(edge: GraphEdge): string[] {
  const lines = edge.label ? [edge.label] : [];
  if (edge.violated.length > 0) lines.push(`violates ${edge.violated.join(", ")}`);
  return lines;
}

function edgeLine(edge: GraphEdge): string {
  const arrow = edge.dashed ? "-.->" : "-->";
  const label = edgeLabel(edge);
  return label.length > 0 ? `  ${edge.from} ${arrow}|${quotedLabel(label)}| ${edge.to}` : `  ${edge.from} ${arrow} ${edge.to}`;
}

/** Folded sites and topologies per row: more would make the picture wider than a pull request. */
const GRID_COLUMNS = 4;

/**
 * Nodes without links are laid out side by side; invisible links from each to the one
 * `GRID_COLUMNS` further stack them in rows instead.
 */
function gridLinks(nodes: readonly GraphNode[]): string[] {
  if (nodes.length <= GRID_COLUMNS) return [];
  return nodes.slice(GRID_COLUMNS).map((node, i) => `  ${nodes[i]?.id ?? ""} ~~~ ${node.id}`);
}

/** How many links the Mermaid text holds, the invisible ones of the grids included. */
export function linkCount(graph: Graph): number {
  return [graph.loose, ...graph.topologies.map((t) => t.loose)].reduce((n, group) => n + gridLinks(group).length, graph.edges.length);
}

export function writeMermaid(graph: Graph, options: MermaidOptions = {}): string {
  const out = [`flowchart ${options.direction ?? "TB"}`];
  const groupIds = new NodeIds();
  const nodes: GraphNode[] = [];
  for (const topology of graph.topologies) {
    out.push(`  subgraph ${groupIds.make("T", topology.name)}[${quotedLabel([topology.title])}]`);
    for (const site of topology.sites) {
      out.push(`    subgraph ${groupIds.make("S", `${topology.name}_${site.name}`)}[${quotedLabel([`site ${site.name}`])}]`);
      for (const node of site.nodes) out.push(nodeLine(node, "      "));
      out.push("    end");
      nodes.push(...site.nodes);
    }
    for (const node of topology.loose) out.push(nodeLine(node, "    "));
    nodes.push(...topology.loose);
    out.push("  end");
  }
  for (const node of graph.loose) out.push(nodeLine(node, "  "));
  nodes.push(...graph.loose);
  for (const edge of graph.edges) out.push(edgeLine(edge));
  for (const [name, style, applies] of classDefs) {
    const ids = nodes.filter(applies).map((n) => n.id);
    if (ids.length === 0) continue;
    out.push(`  classDef ${name} ${style}`);
    out.push(`  class ${ids.join(",")} ${name}`);
  }
  // After the real links, so that `linkStyle` numbers stay theirs.
  for (const group of [graph.loose, ...graph.topologies.map((t) => t.loose)]) out.push(...gridLinks(group));
  const red = graph.edges.flatMap((e, i) => (e.violated.length > 0 ? [i] : []));
  if (red.length > 0) out.push(`  linkStyle ${red.join(",")} stroke:#c62828,stroke-width:3px,color:#7f0000`);
  return `${out.join("\n")}\n`;
}
