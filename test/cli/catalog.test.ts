import { describeConfigType, describePolicies } from "../../cli/catalog";
import { allPolicies } from "../../policies";
import { DOCS_URL } from "../../policies/framework/define";

describe("describePolicies", () => {
  const entries = describePolicies(allPolicies);

  it("describes every policy the pack serves, in order", () => {
    expect(entries.map((e) => e.name)).toEqual(allPolicies.map((p) => p.info.name));
  });

  it.each(allPolicies.map((p) => [p.info.name, p] as const))("%s matches its info and served policy", (_name, policy) => {
    const entry = entries.find((e) => e.name === policy.info.name);
    expect(entry).toMatchObject({
      requirements: policy.info.requirements,
      enforcementLevel: policy.policy.enforcementLevel,
      severity: policy.info.severity,
      kind: policy.info.kind,
      description: policy.policy.description,
      appliesTo: policy.info.appliesTo,
      seed: policy.info.seed,
      remediationSteps: policy.info.remediationSteps,
      url: `${DOCS_URL}#${policy.info.name}`,
      config: policy.configSchema?.properties ?? {},
    });
  });

  it("keeps the config defaults of the served schema", () => {
    for (const e of entries) {
      for (const value of Object.values(e.config)) expect(value).toHaveProperty("default");
    }
  });
});

describe("describeConfigType", () => {
  it.each([
    [{ type: "integer" }, "integer"],
    [{ type: "boolean" }, "boolean"],
    [{ type: "array", items: { type: "string" } }, "string[]"],
    [{ enum: ["optional", "required"] }, '"optional" | "required"'],
    [{}, "any"],
  ])("%j is %s", (entry, expected) => expect(describeConfigType(entry)).toBe(expected));
});
