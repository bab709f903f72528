import type { StackResource } from "../../policies/framework/topology-view";
import { redactText } from "../../components/model/redact";
import { buildGraph } from "./graph";
import type { Graph } from "./graph-types";
import { nodesOf } from "./graph-types";
import type { MermaidOptions } from "./mermaid";
import { readTopologies, secretValuesIn } from "./members";
import { defaultLimits, guardedMermaid, type GuardedPicture, type SizeLimits } from "./size-guard";
import type { DiagramVerdict } from "./verdict";

export type { DiagramVerdict } from "./verdict";
export { defaultLimits, type SizeLimits } from "./size-guard";

/**
 * The topology picture: a Mermaid flowchart of the OCS components of a stack (or a topology
 * document), with the verdict drawn on it. Pure: resources and findings in, text out.
 */

export interface DiagramOptions extends MermaidOptions {
  limits?: Partial<SizeLimits>;
}

/** Hides every secret value the resources declare in every label and link text. */
function redacted(graph: Graph, secrets: readonly (string | number)[]): Graph {
  if (secrets.length === 0) return graph;
  const hide = (text: string) => redactText(text, secrets);
  const node = <N extends { lines: string[] }>(n: N): N => ({ ...n, lines: n.lines.map(hide) });
  return {
    topologies: graph.topologies.map((t) => ({
      ...t,
      title: hide(t.title),
      sites: t.sites.map((s) => ({ name: hide(s.name), nodes: s.nodes.map(node) })),
      loose: t.loose.map(node),
    })),
    loose: graph.loose.map(node),
    edges: graph.edges.map((e) => ({ ...e, label: hide(e.label) })),
  };
}

/**
 * The picture as Mermaid text and the sentences saying what the size guard folded; undefined
 * when the resources hold no OCS component.
 */
export function renderDiagram(resources: readonly StackResource[], verdict: DiagramVerdict, options: DiagramOptions = {}): GuardedPicture | undefined {
  const topologies = readTopologies(resources);
  if (topologies.length === 0) return undefined;
  const graph = redacted(buildGraph(topologies, verdict), secretValuesIn(resources));
  if (graph.topologies.every((t) => nodesOf(t).length === 0)) return undefined;
  return guardedMermaid(graph, { ...defaultLimits, ...options.limits }, options);
}

const LEGEND =
  "Red: a violation, with its requirement IDs; amber: a violation accepted by a waiver; dashed: a value unknown during preview (not verifiable until update).";

/**
 * The Markdown section of a summary that shows the topology: a heading, the ```mermaid block
 * (GitHub draws it), the legend and what the size guard folded. Empty when there is nothing to draw.
 */
export function topologyDiagram(resources: readonly StackResource[], verdict: DiagramVerdict, options: DiagramOptions = {}): string {
  const picture = renderDiagram(resources, verdict, options);
  if (!picture) return "";
  return ["### Topology", "", "```mermaid", picture.mermaid.trimEnd(), "```", "", [LEGEND, ...picture.folded].join(" "), ""].join("\n");
}
