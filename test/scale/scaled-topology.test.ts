import type * as pulumi from "@pulumi/pulumi";
import { recordRegistrations, registered } from "../components/mocks";
import { analyzeAll, type EngineResource } from "../harness/engine";
import { catalog, kindOfToken } from "../../components/model/catalog";
import { type MemberList, memberKinds, type ReferenceSpec } from "../../examples/reference/spec";
import { componentsPerReplica, replicasFor, scaledSpecs } from "../../examples/scaled/spec";
import { allPolicies } from "../../policies";

/**
 * The generator's large topology at 10,013 components (323 replicas of the reference) is a valid
 * model, shares no identity between replicas, builds under Pulumi mocks and passes every policy of
 * the pack through @pulumi/policy's own handlers. Time is measured by `npm run bench`, not here.
 */
const replicas = replicasFor(10_000);
const lists = Object.keys(memberKinds) as MemberList[];

type Build = typeof import("../../examples/reference/build");
let registrations: pulumi.runtime.MockResourceArgs[];
let build: Build;
let specs: ReferenceSpec[];

beforeAll(async () => {
  registrations = recordRegistrations();
  // Imported after setMocks so every resource the components create goes to the mocks.
  build = await import("../../examples/reference/build");
  specs = scaledSpecs(replicas);
});

/** The values under the given keys anywhere in `value`. */
function valuesUnder(value: unknown, keys: ReadonlySet<string>, into: Set<string>, key = ""): Set<string> {
  if (Array.isArray(value)) for (const v of value) valuesUnder(v, keys, into, key);
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) valuesUnder(v, keys, into, k);
  else if (typeof value === "string" && keys.has(key)) into.add(value);
  return into;
}

describe("the scaled topology at 10,000 components", () => {
  it("holds 323 replicas of 31 components", () => {
    expect(replicas).toBe(323);
    expect(specs.length * componentsPerReplica).toBe(10_013);
  });

  it("is a valid model in every member", () => {
    const invalid: string[] = [];
    for (const spec of specs) {
      if (!catalog.topology.schema.safeParse(spec.topology.args).success) invalid.push(spec.topology.name);
      for (const list of lists) {
        for (const m of spec[list]) if (!catalog[memberKinds[list]].schema.safeParse(m.args).success) invalid.push(m.name);
      }
    }
    expect(invalid).toEqual([]);
  });

  it("gives no two replicas the same name, site, FQDN, address, subnet or thumbprint", () => {
    const identities = new Set(["fqdn", "ip", "virtualIp", "subnet", "thumbprint", "site", "sites", "sipDomains", "subject"]);
    const perReplica = specs.map((spec) => valuesUnder(spec, identities, new Set()));
    const names = specs.flatMap((spec) => [spec.topology.name, ...lists.flatMap((list) => spec[list].map((m) => m.name))]);
    const union = new Set(perReplica.flatMap((values) => [...values]));
    expect(perReplica[0]?.size).toBeGreaterThan(40);
    expect(union.size).toBe(perReplica.reduce((n, values) => n + values.size, 0));
    expect(new Set(names).size).toBe(10_013);
  });

  it("builds under Pulumi mocks and passes every policy, mandatory and advisory", async () => {
    const built = specs.map((spec) => build.buildTopology(spec));
    await registered(built.flatMap((b) => [b.topology, ...lists.flatMap((list): pulumi.Resource[] => b[list])]));
    expect(registrations).toHaveLength(10_013);
    // Each registered name starts with its replica's prefix ("r17-"), which names its Topology.
    const topologyOf = new Map(specs.map((spec) => [spec.topology.name.split("-")[0], spec.topology.name]));
    const resources = registrations.map((r): EngineResource => {
      const kind = kindOfToken(r.type);
      if (kind === undefined) throw new Error(`unexpected resource type ${r.type}`);
      const props = JSON.parse(JSON.stringify(r.inputs)) as Record<string, unknown>;
      const topology = kind === "topology" ? undefined : topologyOf.get(r.name.split("-")[0]);
      return { kind, name: r.name, props, ...(topology === undefined ? {} : { topology }) };
    });
    expect(await analyzeAll(allPolicies, resources)).toEqual([]);
  }, 600_000);
});
