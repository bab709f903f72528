import { readFileSync } from "node:fs";
import { join } from "node:path";
import { allPolicies, requirementIds } from "../../policies";

const KEBAB_WITH_VERB = /^[a-z0-9]+(-[a-z0-9]+)*-(require|disallow|enforce|configure|limit|report|recommend)(-[a-z0-9]+)+$/;

describe("the policy pack", () => {
  it("enforces every requirement ID of the contract", () => {
    const covered = new Set(allPolicies.flatMap((p) => p.info.requirements));
    expect(requirementIds.filter((id) => !covered.has(id))).toEqual([]);
  });

  it("names only requirement IDs that the contract defines", () => {
    const contract = readFileSync(join(__dirname, "../../../shared/docs/requirements.md"), "utf8");
    for (const id of requirementIds) expect(contract).toContain(`| ${id} |`);
  });

  it("has unique, kebab-case policy names with a verb", () => {
    const names = allPolicies.map((p) => p.info.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(KEBAB_WITH_VERB);
  });

  it.each(allPolicies.map((p) => [p.info.name, p] as const))("%s carries complete metadata", (_name, p) => {
    const { policy, info } = p;
    expect(info.description).toMatch(/^[A-Z].*\.$/);
    expect(info.remediationSteps.length).toBeGreaterThan(20);
    expect(["mandatory", "advisory"]).toContain(policy.enforcementLevel);
    expect(policy.severity).toBeDefined();
    expect(policy.url).toContain(`#${info.name}`);
    expect(policy.framework?.reference).toContain(info.requirements[0]);
    expect(policy.framework?.specification).toBe(info.seed.text);
  });

  it("quotes the seeds word for word", () => {
    const seeds = ["000_69509d3f491e2111.txt", "001_40c4cf22942ed02e.txt"]
      .map((f) => readFileSync(join(__dirname, "../../../shared/seeds", f), "utf8"))
      .join("\n")
      .replace(/\s+/g, " ");
    const quoted = allPolicies.filter((p) => p.info.seed.document !== "deployment-docs");
    for (const p of quoted) expect([p.info.name, seeds.includes(p.info.seed.text.replace(/\s+/g, " "))]).toEqual([p.info.name, true]);
  });

  it("keeps the pack's entry point apart: importing the policies loads no PolicyPack", () => {
    const loaded = Object.keys(require.cache);
    expect(loaded.some((file) => file.endsWith("policies/index.ts"))).toBe(true);
    expect(loaded.filter((file) => /policies\/pack\.(ts|js)$/.test(file))).toEqual([]);
  });
});
