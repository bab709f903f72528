/**
 * The specs of these areas use their own compact fixture (written before the shared one landed);
 * this spec ties them to the shared reference topology: every policy of the five areas is silent
 * on it, and each violation example of their IDs trips its own policy and no other mandatory one.
 */
import { referenceSpec } from "../../../examples/reference/spec";
import { violationExamples } from "../../../examples/violations/catalog";
import { allPolicies } from "../../../policies";
import { certificatesPolicies } from "../../../policies/certificates";
import { edgePolicies } from "../../../policies/edge";
import { encryptionPolicies } from "../../../policies/encryption";
import { placementPolicies } from "../../../policies/placement";
import { rolesPolicies } from "../../../policies/roles";
import { compliantResources } from "../../fixtures/reference-topology";
import { analyzeAll } from "../../harness/engine";

const ours = [...certificatesPolicies, ...encryptionPolicies, ...rolesPolicies, ...edgePolicies, ...placementPolicies];
const ourIds = new Set(ours.flatMap((p) => p.info.requirements));
const ourNames = new Set(ours.map((p) => p.info.name));

describe("certificate, encryption, role, edge and placement policies on the reference topology", () => {
  it("are silent on the compliant reference topology", async () => {
    expect(await analyzeAll(ours, compliantResources())).toEqual([]);
  });

  const examples = violationExamples.filter((e) => ourIds.has(e.id) && ourNames.has(e.policy));
  it.each(examples.map((e) => [e.id, e.policy, e] as const))("the %s example trips %s and no other mandatory policy", async (_id, _policy, example) => {
    const spec = referenceSpec();
    example.mutate(spec);
    const diagnostics = await analyzeAll(allPolicies, compliantResources(spec));
    const own = diagnostics.filter((d) => d.policyName === example.policy);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((d) => d.enforcementLevel === example.level && d.urn.endsWith(`::${example.resource}`))).toBe(true);
    expect(diagnostics.filter((d) => d.enforcementLevel === "mandatory" && d.policyName !== example.policy)).toEqual([]);
  });
});
