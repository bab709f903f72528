/**
 * Parses Mermaid texts with Mermaid's own parser, as a browser would before drawing them. Reads a
 * JSON list of texts on standard input and prints a JSON list of results, one per text: `null`
 * when it parses as a flowchart, else the parser's error. Mermaid is an ES module that needs a
 * DOM to sanitise labels, so it runs here, in a process of its own, with jsdom's window.
 */
import { JSDOM } from "jsdom";

const { window } = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });

let input = "";
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const text of JSON.parse(input)) {
  try {
    const parsed = await mermaid.parse(text);
    results.push(parsed.diagramType === "flowchart-v2" ? null : `parsed as ${parsed.diagramType}, not a flowchart`);
  } catch (error) {
    results.push(error instanceof Error ? error.message : String(error));
  }
}
process.stdout.write(JSON.stringify(results));
