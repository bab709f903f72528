/**
 * Every policy of the pack, through the SDK's own Analyze and AnalyzeStack handlers, on a topology
 * that violates it, once as plain values and once with every string and number of every resource
 * sent as a secret: the policy still fires on the same resources at the same level (it judges the
 * real values), its message reads the same with `[secret]` where values were, and no message of
 * any policy holds a secret value.
 */
import { allPolicies } from "../../../policies";
import { latestExpiry } from "../../../policies/framework/waivers";
import type { Kind } from "../../../components/model/catalog";
import { type Member, type ReferenceSpec, referenceSpec } from "../../../examples/reference/spec";
import { violationExamples } from "../../../examples/violations/catalog";
import { compliantResources } from "../../fixtures/reference-topology";
import { analyzeAll, type Diagnostic, type EngineResource, everyLeafSecret, urnOf } from "../../harness/engine";

const JUSTIFICATION = "Justification marker qz7 for the lab";
const OWNER = "owner-marker-qz8";

function member<K extends Kind>(list: Member<K>[], name: string): Member<K>["args"] {
  const found = list.find((m) => m.name === name);
  if (!found) throw new Error(`the reference topology has no member "${name}"`);
  return found.args;
}

/** Policies that share their requirement ID with another, so the violation examples do not break them. */
const moreViolations: Record<string, (spec: ReferenceSpec) => void> = {
  "client-encryption-disallow-rejected": (spec) => {
    member(spec.clientEncryptionPolicies, "client-encryption-global").level = "rejected";
  },
  "edge-require-distinct-service-ports": (spec) => {
    const edge = member(spec.edgeServers, "edge-redmond");
    if (edge.webConferencingEdge && edge.accessEdge) edge.webConferencingEdge.ip = edge.accessEdge.ip;
  },
  "ipsec-recommend-media-role-exemptions": (spec) => {
    const ipsec = member(spec.ipsecPolicies, "ipsec");
    ipsec.exemptions = ipsec.exemptions.filter((e) => e.name !== "av-edge-media");
  },
  "mediation-server-configure-internal-port": (spec) => {
    member(spec.mediationServers, "med-redmond").internal.port = 5070;
  },
  "mediation-server-configure-external-port": (spec) => {
    const external = member(spec.mediationServers, "med-redmond").external;
    if (external) external.port = 5070;
  },
  "waiver-report-accepted-risks": (spec) => {
    const example = violationExamples.find((e) => e.id === "OCS-GW-4");
    if (!example) throw new Error("no OCS-GW-4 example");
    example.mutate(spec);
    member(spec.mediationServers, example.resource).waivers = [
      { policy: example.policy, justification: JUSTIFICATION, owner: OWNER, expires: latestExpiry(new Date(), 90) },
    ];
  },
};

function violatingSpec(policy: string): ReferenceSpec | undefined {
  const mutate = violationExamples.find((e) => e.policy === policy)?.mutate ?? moreViolations[policy];
  if (!mutate) return undefined;
  const spec = referenceSpec();
  mutate(spec);
  return spec;
}

/** Every string and number the resources hold, as the test's markers. */
function markers(resources: readonly EngineResource[]): (string | number)[] {
  const leaves = (v: unknown): (string | number)[] =>
    typeof v === "string" || typeof v === "number"
      ? [v]
      : Array.isArray(v)
        ? v.flatMap(leaves)
        : v !== null && typeof v === "object"
          ? Object.values(v).flatMap(leaves)
          : [];
  return [...new Set(resources.flatMap((r) => leaves(r.props)))];
}

/** The text the rule wrote (the SDK puts the policy's description on the line before it). */
function ruleText(d: Diagnostic): string {
  return d.message.slice(d.message.indexOf("\n") + 1);
}

function holds(text: string, marker: string | number): boolean {
  const lower = text.toLowerCase();
  if (typeof marker === "string") return lower.includes(marker.toLowerCase());
  return [String(marker), marker.toLocaleString("en-US")].some((form) => lower.includes(form));
}

/** The secret-run message with each `[secret]` read as "some text", matched against the plain one. */
function sameMessageWithSecretsHidden(hidden: string, plain: string): boolean {
  const pattern = hidden
    .split("[secret]")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".+?");
  return new RegExp(`^${pattern}$`, "s").test(plain);
}

const byPlace = (a: Diagnostic, b: Diagnostic) => a.urn.localeCompare(b.urn);

describe("a value sent as a secret is never printed, and every policy still judges it", () => {
  it("has a violating topology for every policy of the pack", () => {
    expect(allPolicies.map((p) => p.info.name).filter((name) => violatingSpec(name) === undefined)).toEqual([]);
  });

  it.each(allPolicies.map((p) => [p.info.name, p] as const))("%s", async (name, policy) => {
    const spec = violatingSpec(name);
    if (!spec) throw new Error(`no violating topology for ${name}`);
    const plain = compliantResources(spec);
    const secret = plain.map((r) => ({ ...r, props: everyLeafSecret(r.props) as Record<string, unknown> }));

    const plainFound = (await analyzeAll(allPolicies, plain)).filter((d) => d.policyName === name).sort(byPlace);
    const all = await analyzeAll(allPolicies, secret);
    const found = all.filter((d) => d.policyName === name).sort(byPlace);

    expect(plainFound.length).toBeGreaterThan(0);
    expect(found.map((d) => [d.urn, d.enforcementLevel])).toEqual(plainFound.map((d) => [d.urn, d.enforcementLevel]));
    found.forEach((d, i) => {
      expect(d.message.startsWith(`${policy.info.description}\n`)).toBe(true);
      expect(sameMessageWithSecretsHidden(ruleText(d), ruleText(plainFound[i] as Diagnostic))).toBe(true);
    });
    // A resource policy judges one resource: its messages hide that resource's secrets. A stack policy judges them all.
    const judged = (d: Diagnostic) =>
      allPolicies.find((p) => p.info.name === d.policyName)?.info.kind === "resource" ? plain.filter((r) => urnOf(r.kind, r.name) === d.urn) : plain;
    const leaked = all.flatMap((d) => markers(judged(d)).filter((m) => holds(ruleText(d), m)).map((m) => `${d.policyName}: ${String(m)}`));
    expect(leaked).toEqual([]);
  });
});
