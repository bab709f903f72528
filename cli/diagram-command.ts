import { readFileSync } from "node:fs";
import { parseTopologyDocument } from "../components/document/parse";
import { documentResources } from "../components/document/resources";
import { allPolicies } from "../policies/all";
import { ConfigurationRefused } from "./check/judge-documents";
import { PackConfigFileError, packConfiguration } from "./check/pack-config-file";
import { parseCommandArgs, type CommandSpec } from "./command";
import { renderDiagram, topologyDiagram, type DiagramOptions, type DiagramVerdict } from "./diagram";
import { defaultLimits } from "./diagram/size-guard";
import { judgeResources } from "./diagram/judge";

export const diagramSpec = {
  name: "diagram",
  summary: "draw a topology document as a Mermaid flowchart, with the pack's verdict on it",
  usage: "ocs-guard diagram FILE [--format mermaid|markdown] [--plain] [--policy-pack-config FILE] [--direction TB|LR] [--max-nodes N] [--max-chars N]",
  description: [
    "Reads a topology document (YAML or JSON, `apiVersion: ocs-guard/v1`), judges it with every policy of the pack as",
    "`ocs-guard check` does (default configuration unless --policy-pack-config), and prints the topology as a",
    "Mermaid flowchart that GitHub renders: violations in red with their requirement IDs, waived ones in amber. It",
    "draws; it does not gate: the exit code is 0 whatever the verdict. Large estates are folded by site and topology; what was folded is said in `%%` comment lines.",
  ],
  options: {
    format: {
      type: "string",
      default: "mermaid",
      value: "FORMAT",
      help: "mermaid (default): the flowchart alone; markdown: the section the summaries hold (heading, block, legend)",
    },
    plain: { type: "boolean", default: false, help: "draw the topology without judging it" },
    "policy-pack-config": {
      type: "string",
      value: "FILE",
      help: "judge with this pack configuration (as for `pulumi preview --policy-pack-config`) rather than the defaults",
    },
    direction: { type: "string", default: "TB", value: "DIR", help: "TB (default, top to bottom) or LR (left to right)" },
    "max-nodes": { type: "string", value: "N", help: `fold compliant sites above N nodes (default ${defaultLimits.maxNodes})` },
    "max-chars": { type: "string", value: "N", help: `at most N characters of Mermaid text (default ${defaultLimits.maxChars})` },
  },
  operands: true,
  exitCodes: "Exit codes: 0 drawn, 2 bad usage or a document that cannot be read.",
} as const satisfies CommandSpec;

type Usage = { ok: true; options: DiagramOptions; markdown: boolean } | { ok: false; reason: string };

function whole(name: string, value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  return /^[1-9]\d*$/.test(value) ? Number(value) : `--${name} must be a whole number above 0, not "${value}"`;
}

function readUsage(values: ReturnType<typeof parseCommandArgs<typeof diagramSpec.options>>["values"]): Usage {
  const format = values.format ?? "mermaid";
  if (format !== "mermaid" && format !== "markdown") return { ok: false, reason: `--format must be mermaid or markdown, not "${format}"` };
  const direction = values.direction ?? "TB";
  if (direction !== "LR" && direction !== "TB") return { ok: false, reason: `--direction must be LR or TB, not "${direction}"` };
  const maxNodes = whole("max-nodes", values["max-nodes"]);
  const maxChars = whole("max-chars", values["max-chars"]);
  for (const v of [maxNodes, maxChars]) if (typeof v === "string") return { ok: false, reason: v };
  const limits = {
    ...(typeof maxNodes === "number" ? { maxNodes } : {}),
    ...(typeof maxChars === "number" ? { maxChars } : {}),
  };
  return { ok: true, options: { direction, limits }, markdown: format === "markdown" };
}

const refuse = (sentence: string): number => {
  process.stderr.write(`ocs-guard diagram: ${sentence}\n`);
  return 2;
};

/** `ocs-guard diagram FILE`: prints the picture of a topology document. */
export function diagramCommand(args: string[]): number {
  const { values, positionals } = parseCommandArgs(diagramSpec, args);
  if (positionals.length !== 1) {
    const given = positionals.length === 0 ? "none was given" : `${positionals.length} were given`;
    process.stderr.write(`ocs-guard diagram: give exactly one topology document to draw; ${given}. See \`ocs-guard diagram --help\`.\n`);
    return 2;
  }
  const usage = readUsage(values);
  if (!usage.ok) {
    process.stderr.write(`ocs-guard diagram: ${usage.reason}.\n`);
    return 2;
  }
  const file = positionals[0] ?? "";
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : error instanceof Error ? error.message : String(error);
    process.stderr.write(`ocs-guard diagram: cannot read ${file} (${reason}).\n`);
    return 2;
  }
  const parsed = parseTopologyDocument(text, file);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.problems.map((p) => p.text).join("\n")}\nocs-guard diagram: ${file} is not a topology document that can be drawn; nothing was drawn.\n`);
    return 2;
  }
  const resources = documentResources(parsed.document, { stack: "document", project: "ocs-guard" });
  let verdict: DiagramVerdict = { findings: [], policies: [] };
  if (!values.plain) {
    try {
      verdict = judgeResources(resources, allPolicies, packConfiguration(allPolicies.map((p) => p.analyzerInfo), values["policy-pack-config"]));
    } catch (error) {
      if (error instanceof PackConfigFileError) return refuse(`${error.message}.`);
      if (error instanceof ConfigurationRefused) return refuse(`the policy pack refused its configuration: ${error.message}`);
      throw error;
    }
  }
  const picture = renderDiagram(resources, verdict, usage.options);
  if (!picture) {
    process.stderr.write(`ocs-guard diagram: ${file} holds no component to draw besides its topology.\n`);
    return 0;
  }
  if (usage.markdown) process.stdout.write(topologyDiagram(resources, verdict, usage.options));
  else process.stdout.write(`${picture.mermaid}${picture.folded.map((sentence) => `%% ${sentence}\n`).join("")}`);
  return 0;
}
