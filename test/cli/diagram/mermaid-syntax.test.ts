import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderDiagram } from "../../../cli/diagram";
import { previewDiagram } from "../../../cli/diagram/from-events";
import { parseEvents } from "../../../cli/events";
import { referenceSpec } from "../../../examples/reference/spec";
import { scaledSpecs } from "../../../examples/scaled/spec";
import { violation } from "../../../examples/violations/catalog";
import { UNKNOWN } from "../../harness/engine";
import { resourceNamed } from "../../fixtures/reference-topology";
import { fixture } from "../catalog-fixture";
import { catalog, noFindings, resourcesOf, stackResources, verdictOf } from "./verdicts";

/** Mermaid's own parser on each text: null when it is a flowchart Mermaid reads, else its error. */
function parseWithMermaid(texts: readonly string[]): (string | null)[] {
  const run = spawnSync(process.execPath, [join(__dirname, "mermaid-parse.mjs")], { input: JSON.stringify(texts), encoding: "utf8" });
  if (run.status !== 0) throw new Error(`the Mermaid parser did not run: ${run.stderr}`);
  return JSON.parse(run.stdout) as (string | null)[];
}

const mermaidBlock = (section: string) => /```mermaid\n([\s\S]*?)```/.exec(section)?.[1] ?? "";

describe("every kind of picture is a flowchart Mermaid's own parser reads", () => {
  const pictures = new Map<string, string>();

  beforeAll(async () => {
    const draw = (resources: Parameters<typeof renderDiagram>[0], verdict: Parameters<typeof renderDiagram>[1], options = {}) =>
      renderDiagram(resources, verdict, options)?.mermaid ?? "";
    pictures.set("the reference topology", draw(stackResources(resourcesOf()), noFindings));
    const spec = referenceSpec();
    violation("OCS-GW-3").mutate(spec);
    const violating = resourcesOf(spec);
    pictures.set("a violation", draw(stackResources(violating), await verdictOf(violating)));
    pictures.set("a violation with its compliant site folded", draw(stackResources(violating), await verdictOf(violating), { limits: { maxNodes: 5 } }));
    const unknown = resourcesOf();
    const med = resourceNamed(unknown, "med-redmond");
    med.props = { ...med.props, external: { ...(med.props.external as object), ip: UNKNOWN } };
    pictures.set("an unknown value", draw(stackResources(unknown), await verdictOf(unknown)));
    for (const name of ["pulumi-violation-gw3.jsonl", "pulumi-secret-values.jsonl"]) {
      pictures.set(`the recorded ${name}`, mermaidBlock(previewDiagram(parseEvents(readFileSync(fixture(name), "utf8"), catalog), catalog)));
    }
    const odd = stackResources(resourcesOf()).map((r) =>
      r.name === "gw-redmond" ? { ...r, name: 'gw "main" [1] <b>#1</b> | `x` end;' } : r.name === "pool-redmond" ? { ...r, props: { fqdn: 42 } } : r,
    );
    pictures.set("odd names and a model that cannot be read", draw(odd, noFindings));
    const estate = stackResources(scaledSpecs(40).flatMap((s) => resourcesOf(s)));
    const findings = estate
      .filter((r) => r.type === "ocs:voice:MediaGateway")
      .map((r) => ({ outcome: "violation" as const, policyName: "media-gateway-require-tls", resourceUrn: r.urn, message: "m" }));
    pictures.set("a large estate, every topology folded", draw(estate, { findings, policies: catalog }, { limits: { maxChars: 8_000 } }));
    pictures.set("a large compliant estate", draw(estate, noFindings));
  });

  it("parses each of them", () => {
    const names = [...pictures.keys()];
    const texts = [...pictures.values()];
    for (const text of texts) expect(text).toMatch(/^flowchart (TB|LR)\n/);
    const results = parseWithMermaid(texts);
    expect(Object.fromEntries(names.map((n, i) => [n, results[i]]))).toEqual(Object.fromEntries(names.map((n) => [n, null])));
  });

  it("and the parser refuses a broken one", () => {
    expect(parseWithMermaid(['flowchart LR\n  a["x"] -->\n'])[0]).toMatch(/Parse error/);
  });
});
