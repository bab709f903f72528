/**
 * The two OCS-RISK-1 policies are built from the pack's other policies (riskPolicies), so what
 * they declare is checked on the built policies, and the list of names they judge waivers
 * against is the one they were given.
 */
import { latestExpiry } from "../../../policies/framework/waivers";
import { riskPolicies } from "../../../policies/risk";
import { analyze, type EngineResource } from "../../harness/engine";
import { mediationModel, samplePortPolicy } from "../framework/sample";

/** Built inside each test, so that a mutation tool attributes the building to the test that reads it. */
function built() {
  const [requireValid, report] = riskPolicies(() => [samplePortPolicy]);
  if (requireValid === undefined || report === undefined) throw new Error("risk policies missing");
  return { requireValid, report };
}

const expires = latestExpiry(new Date(), 90);
const med = (props: Record<string, unknown>): EngineResource => ({ kind: "mediationServer", name: "med-1", props, topology: "contoso" });
const messagesOf = async (resource: EngineResource) => (await analyze([built().requireValid], resource)).map((d) => d.message.split("\n").pop() ?? "");

describe("the OCS-RISK-1 policies as built", () => {
  it("waiver-require-justification-owner-expiry declares a mandatory, unwaivable check of every kind's waivers", () => {
    const { requireValid } = built();
    expect(requireValid.info).toMatchObject({
      name: "waiver-require-justification-owner-expiry",
      kind: "resource",
      requirements: ["OCS-RISK-1"],
      severity: "high",
      enforcementLevel: "mandatory",
      waivable: false,
    });
    expect(requireValid.info.description).toMatch(/^Every waiver and every exception of the pack configuration names a policy of the pack/);
    expect(requireValid.info.remediationSteps).toMatch(/^Assess the deviation and record the assessment: set `justification`/);
    expect(requireValid.info.appliesTo.length).toBeGreaterThan(10);
  });

  it("waiver-report-accepted-risks declares an advisory, unwaivable report", () => {
    const { report } = built();
    expect(report.info).toMatchObject({
      name: "waiver-report-accepted-risks",
      kind: "stack",
      requirements: ["OCS-RISK-1"],
      severity: "low",
      enforcementLevel: "advisory",
      waivable: false,
      appliesTo: [],
      description: "Reports every deviation accepted by a valid waiver, with its justification, owner and expiry.",
    });
    expect(report.info.remediationSteps).toMatch(/^Review each accepted risk before its expiry/);
  });

  it("accepts a complete waiver of a policy it was given", async () => {
    const waiver = { policy: samplePortPolicy.info.name, justification: "PBX trunk needs port 5070", owner: "voice team", expires };
    expect(await messagesOf(med({ ...mediationModel(), waivers: [waiver] }))).toEqual([]);
  });

  it("reads a waiver without a policy as a malformed model, which waives nothing", async () => {
    const waiver = { justification: "PBX trunk needs port 5070", owner: "voice team", expires };
    const [message] = await messagesOf(med({ ...mediationModel(), waivers: [waiver] }));
    expect(message).toBe(
      'Mediation Server "med-1" cannot be judged by waiver-require-justification-owner-expiry because its model is malformed: Mediation Server "med-1": field waivers.0.policy is missing; it must be a string (OCS-RISK-1).',
    );
  });
});
