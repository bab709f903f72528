import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { analyzeAll } from "../harness/engine";
import { compliantResources } from "../fixtures/reference-topology";
import { type MemberList, memberKinds, referenceSpec } from "../../examples/reference/spec";
import { violationExamples } from "../../examples/violations/catalog";
import { catalog } from "../../components/model";
import { findProcedure, satisfies } from "../../components/model/deployment-credentials";
import { allPolicies, requirementIds } from "../../policies";

const lists = Object.keys(memberKinds) as MemberList[];

describe("the reference spec", () => {
  it("is a fresh object on every call", () => {
    const changed = referenceSpec();
    changed.mediationServers.length = 0;
    expect(referenceSpec().mediationServers).toHaveLength(2);
  });

  it.each(lists)("every member of %s is a valid model", (list) => {
    for (const m of referenceSpec()[list]) {
      expect(catalog[memberKinds[list]].schema.safeParse(m.args).error).toBeUndefined();
    }
  });

  it("gives every resource a distinct Pulumi name and every certificate a distinct thumbprint", () => {
    const resources = compliantResources();
    expect(new Set(resources.map((r) => r.name)).size).toBe(resources.length);
    const thumbprints = JSON.stringify(referenceSpec()).match(/"thumbprint":"[0-9a-f]{40}"/g) ?? [];
    expect(thumbprints.length).toBeGreaterThan(10);
    expect(new Set(thumbprints).size).toBe(thumbprints.length);
  });

  it.each(referenceSpec().deploymentTasks.map((t) => [t.name, t.args] as const))(
    "task %s names a Table 1 procedure its principal is qualified for",
    (_name, task) => {
      const resolved = findProcedure(task.component, task.procedure, task.step);
      if (!resolved.found) throw new Error(`not in Table 1; valid: ${resolved.valid.join(", ")}`);
      const options = task.delegationGroup === undefined ? {} : { delegationGroup: task.delegationGroup.name };
      expect(satisfies(resolved.credentials, task.principal.groups, options)).toEqual([]);
    },
  );
});

describe("the compliant fixture", () => {
  it("holds the topology and one resource per member, parented by the topology", () => {
    const spec = referenceSpec();
    const resources = compliantResources(spec);
    const count = lists.reduce((n, list) => n + spec[list].length, 0);
    expect(resources).toHaveLength(count + 1);
    expect(resources[0]).toEqual({ kind: "topology", name: "contoso", props: spec.topology.args });
    expect(resources.slice(1).every((r) => r.topology === "contoso")).toBe(true);
    expect(resources.find((r) => r.name === "med-redmond")?.props).toEqual(spec.mediationServers[0]?.args);
  });

  it("passes every policy of the pack, mandatory and advisory", async () => {
    expect(await analyzeAll(allPolicies, compliantResources())).toEqual([]);
  });
});

describe("the violation examples", () => {
  it("cover every requirement ID once", () => {
    expect(violationExamples.map((v) => v.id).sort()).toEqual([...requirementIds].sort());
  });

  it.each(violationExamples.map((v) => [v.id, v] as const))("%s has a document, a program that loads it and a Pulumi project", (id, example) => {
    const dir = join(__dirname, "../../examples/violations", id);
    expect(existsSync(join(dir, "topology.yaml"))).toBe(true);
    expect(readFileSync(join(dir, "index.ts"), "utf8")).toContain(`readTopologyDocument(exampleDocumentPath("violations/${id}"))`);
    const project = readFileSync(join(dir, "Pulumi.yaml"), "utf8");
    expect(project).toContain(`name: ocs-violation-${id.toLowerCase()}`);
    expect(project).toContain(`main: ../../../dist/examples/violations/${id}/index.js`);
    expect(existsSync(join(dir, "index.ts"))).toBe(true);
    expect(example.policy).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });

  it.each(violationExamples.map((v) => [v.id, v.policy, v] as const))(
    "%s trips %s on its resource and no other mandatory policy",
    async (_id, policy, example) => {
      const spec = referenceSpec();
      example.mutate(spec);
      for (const list of lists) {
        for (const m of spec[list]) expect(catalog[memberKinds[list]].schema.safeParse(m.args).error).toBeUndefined();
      }
      const diagnostics = await analyzeAll(allPolicies, compliantResources(spec));
      const fired = diagnostics.filter((d) => d.policyName === policy);
      expect(fired.map((d) => d.urn.split("::").pop())).toContain(example.resource);
      expect(fired.every((d) => d.enforcementLevel === example.level)).toBe(true);
      const otherMandatory = diagnostics.filter((d) => d.policyName !== policy && d.enforcementLevel === "mandatory");
      expect(otherMandatory.map((d) => `${d.policyName}: ${d.message}`)).toEqual([]);
    },
  );
});
