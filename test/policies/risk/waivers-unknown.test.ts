import { riskPolicies } from "../../../policies/risk";
import { latestExpiry } from "../../../policies/framework/waivers";
import { analyze, analyzeAll, UNKNOWN } from "../../harness/engine";
import { mediationModel, samplePortPolicy } from "../framework/sample";

const [requireValid, reportAccepted] = riskPolicies(() => [samplePortPolicy]);
if (!requireValid || !reportAccepted) throw new Error("risk policies missing");

const waiver = { policy: "mediation-server-sample-port", justification: "PBX trunk needs 5070", owner: "voice team", expires: latestExpiry(new Date(), 90) };
const broken = mediationModel({ internal: { ...mediationModel().internal, port: 5070 } });
const topology = { kind: "topology" as const, name: "contoso", props: { organization: "Contoso", sipDomains: ["contoso.com"], sites: ["redmond"] } };
const med = (props: Record<string, unknown>) => ({ kind: "mediationServer" as const, name: "med-1", props, topology: "contoso" });

describe("a waiver holding a value unknown during preview", () => {
  it.each(["justification", "owner", "expires", "policy"])("is noted as not verifiable when its %s is unknown, never judged incomplete", async (field) => {
    const diagnostics = await analyze([requireValid], med({ ...broken, waivers: [{ ...waiver, [field]: UNKNOWN }] }));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.enforcementLevel).toBe("advisory");
    expect(diagnostics[0]?.message).toContain(`not verifiable until update: Mediation Server "med-1" waivers.0.${field}`);
    expect(diagnostics[0]?.message).not.toContain("waives nothing");
  });

  it("still judges the known waivers beside it", async () => {
    const incomplete = { ...waiver, owner: "" };
    const diagnostics = await analyze([requireValid], med({ ...broken, waivers: [{ ...waiver, justification: UNKNOWN }, incomplete] }));
    expect(diagnostics.map((d) => d.enforcementLevel).sort()).toEqual(["advisory", "mandatory"]);
    expect(diagnostics.find((d) => d.enforcementLevel === "mandatory")?.message).toContain("waives nothing because it has no owner");
  });

  it("waives nothing until update, so the violation it would accept still fails the preview", async () => {
    const resources = [topology, med({ ...broken, waivers: [{ ...waiver, justification: UNKNOWN }] })];
    const diagnostics = await analyzeAll([samplePortPolicy, requireValid, reportAccepted], resources);
    const violation = diagnostics.find((d) => d.policyName === "mediation-server-sample-port");
    expect(violation?.enforcementLevel).toBe("mandatory");
    expect(violation?.message).toContain("internal port is 5070");
    expect(diagnostics.some((d) => d.message.includes("accepted risk"))).toBe(false);
  });
});

describe("waiver-report-accepted-risks when the waived policy cannot judge yet", () => {
  it("says the policy cannot judge the component until update, not that it finds no violation", async () => {
    const unknownPort = mediationModel({ internal: { ...mediationModel().internal, port: UNKNOWN as unknown as number } });
    const diagnostics = await analyzeAll([samplePortPolicy, reportAccepted], [topology, med({ ...unknownPort, waivers: [waiver] })]);
    const report = diagnostics.find((d) => d.policyName === "waiver-report-accepted-risks");
    expect(report?.message).toContain('accepted risk: Mediation Server "med-1" waives mediation-server-sample-port, which cannot judge it until update');
    expect(report?.message).not.toContain("finds no violation now");
  });
});
