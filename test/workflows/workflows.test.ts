/**
 * The GitHub Actions workflows a user runs: every action pinned by commit SHA with its version
 * beside it, the reusable workflow installing the official Pulumi CLI, runs on pull requests and on
 * the default branch, and a SARIF upload that only runs where the token can write.
 * (Their syntax and expressions are checked by actionlint in .ci/run.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = join(__dirname, "../../.github/workflows");
const workflows = readdirSync(dir)
  .filter((f) => f.endsWith(".yml"))
  .map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") }));
const reusable = workflows.find((w) => w.file === "preview.yml");
const own = workflows.find((w) => w.file === "ocs-guard.yml");

/** The `uses:` lines of the steps (comments, such as the caller example, are not steps). */
function usesLines(text: string): string[] {
  return text.split("\n").filter((line) => /^\s*(-\s+)?uses:\s/.test(line));
}

function stepNamed(text: string, name: string): string {
  const start = text.indexOf(`- name: ${name}`);
  if (start < 0) throw new Error(`no step named ${name}`);
  const next = text.indexOf("\n      - ", start + 1);
  return text.slice(start, next < 0 ? undefined : next);
}

describe("GitHub Actions workflows", () => {
  it("ships the reusable workflow and this repository's own gate", () => {
    expect(reusable).toBeDefined();
    expect(own).toBeDefined();
  });

  it.each(workflows.map((w) => [w.file, w.text] as const))("%s pins every action by commit SHA with its version in a comment", (_file, text) => {
    const lines = usesLines(text);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/uses:\s+[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it("the reusable workflow is called with workflow_call and installs the official Pulumi CLI", () => {
    const text = reusable?.text ?? "";
    expect(text).toMatch(/^on:\n\s+workflow_call:/m);
    expect(usesLines(text).some((l) => /uses:\s+pulumi\/actions@/.test(l))).toBe(true);
    expect(text).not.toMatch(/setup-pulumi\.sh|setup-go/);
    expect(stepNamed(text, "Preview with the ocs-guard policy pack")).toContain("npx --no-install ocs-guard preview");
  });

  it.each([
    ["preview.yml", () => reusable?.text ?? ""],
    ["ocs-guard.yml", () => own?.text ?? ""],
  ])("%s grants what SARIF upload needs and skips the upload where the token cannot write", (_file, text) => {
    expect(text()).toMatch(/security-events: write/);
    expect(text()).toMatch(/actions: read/);
    expect(text()).toMatch(/CAN_UPLOAD_SARIF: \$\{\{ \(github\.event_name != 'pull_request' \|\| github\.event\.pull_request\.head\.repo\.full_name == github\.repository\)/);
    expect(stepNamed(text(), "Upload SARIF to code scanning")).toContain("env.CAN_UPLOAD_SARIF == 'true'");
    expect(stepNamed(text(), "Explain a skipped SARIF upload")).toContain("env.CAN_UPLOAD_SARIF != 'true'");
  });

  it("this repository's gate runs on pull requests and on the default branch", () => {
    expect(own?.text).toMatch(/^on:\n\s+pull_request:\n\s+push:\n\s+branches: \[main\]/m);
  });
});
