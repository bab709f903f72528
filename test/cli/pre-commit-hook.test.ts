import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { exampleDocuments } from "../../examples/documents";

const root = join(__dirname, "../..");

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  exclude: string;
  require_serial: boolean;
}

/** The hook pre-commit installs from this repository (.pre-commit-hooks.yaml). */
describe("the pre-commit hook definition", () => {
  const hooks = parse(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];
  const hook = hooks.find((h) => h.id === "ocs-guard-check");
  const { bin } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: Record<string, string> };
  // pre-commit passes every file whose path matches `files` and not `exclude` (Python regular expressions, searched).
  const selects = (path: string) => new RegExp(hook?.files ?? "$^").test(path) && !new RegExp(hook?.exclude ?? "$^").test(path);

  it("runs this package's own command, ocs-guard check, as a node hook, all files in one process", () => {
    expect(hook).toMatchObject({ entry: "ocs-guard check", language: "node", require_serial: true });
    expect(Object.keys(bin)).toContain("ocs-guard");
  });

  it("selects every example document, and neither the schema nor other YAML or JSON", () => {
    for (const { folder } of exampleDocuments()) expect(selects(`examples/${folder}/topology.yaml`)).toBe(true);
    expect(selects("sites/dublin.topology.yml")).toBe(true);
    expect(selects("topology-lab.json")).toBe(true);
    for (const other of ["ocs-topology.schema.json", "Pulumi.yaml", ".github/workflows/ocs-guard.yml", "package.json", "docs/topology.md"]) {
      expect(selects(other)).toBe(false);
    }
  });
});
