/**
 * Values unknown during preview never make a rule pass and never make one fail: for every policy
 * of the pack and every model of test/fixtures/violating-models, with any few values replaced by
 * the engine's unknown sentinel, each violation of the fully known model is still reported, or
 * the same policy reports "not verifiable until update" for that same resource; and every
 * violation reported is one the fully known model has. Runs through the SDK's own RPC handlers.
 */
import fc from "fast-check";
import { allPolicies } from "../../policies";
import { NOT_VERIFIABLE_MARKER } from "../../policies/framework/not-verifiable";
import { subjectOf } from "../../policies/framework/topology-view";
import { scenarios } from "../fixtures/violating-models";
import { analyzeAll, type Diagnostic, type EngineResource, urnOf } from "../harness/engine";
import { makeUnknown, type Path, pathsOf } from "../harness/unknown-paths";

/** Runs per model; raise it (OCS_GUARD_PROPERTY_RUNS=500) to search harder. */
const RUNS = Number(process.env.OCS_GUARD_PROPERTY_RUNS ?? 20);
/**
 * A fixed seed keeps `npm test` reproducible; set OCS_GUARD_PROPERTY_SEED to explore others (a
 * failure prints its seed and path to replay it).
 */
const SEED = Number(process.env.OCS_GUARD_PROPERTY_SEED ?? 20261123);

/** A value of one resource's props that can be made unknown: a field, an item, or a whole object or list. */
interface Spot {
  resource: string;
  path: Path;
}

/**
 * Waivers are left known: the waiver layer reads them from the raw props and takes an unknown
 * waiver for an absent one (a violation it would waive is reported, an incomplete one is not).
 */
const judgedByPolicies = (path: Path) => path[0] !== "waivers";

function spotsOf(resource: EngineResource): Spot[] {
  return pathsOf(resource.props, judgedByPolicies).map((path) => ({ resource: resource.name, path }));
}

const describeSpot = (s: Spot) => `${s.resource}:${s.path.join(".")}`;

/** A copy of the resources with the chosen values unknown. */
function withUnknown(resources: readonly EngineResource[], chosen: readonly Spot[]): EngineResource[] {
  const copy = JSON.parse(JSON.stringify(resources)) as EngineResource[];
  for (const resource of copy) makeUnknown(resource.props, chosen.filter((s) => s.resource === resource.name).map((s) => s.path));
  return copy;
}

const isNote = (d: Diagnostic) => d.message.includes(NOT_VERIFIABLE_MARKER);
/**
 * One violation of one policy on one resource. The message is not compared: where a violation lists
 * several things (the members sharing an endpoint), a preview lists the known ones.
 */
const same = (a: Diagnostic, b: Diagnostic) => a.policyName === b.policyName && a.urn === b.urn;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function subjectsByUrn(resources: readonly EngineResource[]): Map<string, string> {
  return new Map(resources.map((r) => [urnOf(r.kind, r.name), subjectOf(r.kind, r.name)]));
}

/** What went wrong in one preview, in words; empty when the property holds. */
function broken(known: readonly Diagnostic[], preview: readonly Diagnostic[], subjects: Map<string, string>): string[] {
  const notes = preview.filter(isNote);
  const problems: string[] = [];
  for (const v of known) {
    if (preview.some((d) => same(d, v))) continue;
    const subject = subjects.get(v.urn) ?? v.urn;
    // A note names the member judged, then the path, and the member whose value it is if another.
    const named = new RegExp(`${escape(subject)}[ ;]`);
    if (notes.some((n) => n.policyName === v.policyName && named.test(n.message))) continue;
    problems.push(`hidden: ${v.policyName} on ${subject}: ${v.message.split("\n").pop() ?? ""}`);
  }
  for (const d of preview) {
    if (!isNote(d) && !known.some((v) => same(d, v))) problems.push(`invented: ${d.policyName}: ${d.message.split("\n").pop() ?? ""}`);
  }
  return problems;
}

describe("unknown values during preview, for every policy of the pack", () => {
  it("covers every policy with a model that breaks it", async () => {
    const fired = new Set<string>();
    for (const s of scenarios()) for (const d of await analyzeAll(allPolicies, s.resources)) fired.add(d.policyName);
    expect(allPolicies.map((p) => p.info.name).filter((name) => !fired.has(name))).toEqual([]);
  });

  it.each(scenarios().map((s) => [s.title, s] as const))("never hide or invent a violation: %s", async (_title, scenario) => {
    const { resources } = scenario;
    const known = await analyzeAll(allPolicies, resources);
    expect(known.filter(isNote)).toEqual([]);
    const subjects = subjectsByUrn(resources);
    const all = resources.flatMap(spotsOf);
    const offending = new Set(known.map((d) => d.urn));
    const near = all.filter((s) => offending.has(urnOf(resources.find((r) => r.name === s.resource)?.kind ?? "topology", s.resource)));
    const spot = near.length > 0 ? fc.oneof(fc.constantFrom(...near), fc.constantFrom(...all)) : fc.constantFrom(...all);
    const chosen = fc.uniqueArray(spot, { minLength: 1, maxLength: 4, selector: describeSpot });
    await fc.assert(
      fc.asyncProperty(chosen, async (spots) => {
        const preview = await analyzeAll(allPolicies, withUnknown(resources, spots));
        expect(broken(known, preview, subjects)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

