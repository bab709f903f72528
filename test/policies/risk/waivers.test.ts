import { riskPolicies } from "../../../policies/risk";
import { analyze, analyzeAll, analyzeStack } from "../../harness/engine";
import { latestExpiry } from "../../../policies/framework/waivers";
import { mediationModel, samplePortPolicy } from "../framework/sample";

const [requireValid, reportAccepted] = riskPolicies(() => [samplePortPolicy]);
if (!requireValid || !reportAccepted) throw new Error("risk policies missing");

const waiver = { policy: "mediation-server-sample-port", justification: "PBX trunk needs 5070", owner: "voice team", expires: latestExpiry(new Date(), 90) };
const broken = mediationModel({ internal: { ...mediationModel().internal, port: 5070 } });
const topology = { kind: "topology" as const, name: "contoso", props: { organization: "Contoso", sipDomains: ["contoso.com"], sites: ["redmond"] } };
const med = (props: Record<string, unknown>) => ({ kind: "mediationServer" as const, name: "med-1", props, topology: "contoso" });

describe("waiver-require-justification-owner-expiry", () => {
  it("carries its metadata", () => {
    expect(requireValid.info).toMatchObject({ requirements: ["OCS-RISK-1"], enforcementLevel: "mandatory", kind: "resource" });
  });

  it("accepts a complete waiver that has not expired", async () => {
    expect(await analyze([requireValid], med({ ...broken, waivers: [waiver] }))).toEqual([]);
  });

  it.each([
    [{ ...waiver, expires: "2020-01-01" }, "it expired on 2020-01-01"],
    [{ ...waiver, justification: "" }, "it has no justification"],
    [{ ...waiver, owner: "  " }, "it has no owner"],
    [{ ...waiver, policy: "no-such-policy" }, "it names no policy of the pack"],
  ])("reports %j as a mandatory violation saying why", async (w, reason) => {
    const [d, ...rest] = await analyze([requireValid], med({ ...broken, waivers: [w] }));
    expect(rest).toEqual([]);
    expect(d?.enforcementLevel).toBe("mandatory");
    expect(d?.message).toContain(`Mediation Server "med-1" waiver for "${w.policy}" waives nothing because ${reason}`);
    expect(d?.message).toContain("(OCS-RISK-1).");
  });

  it("cannot itself be waived", async () => {
    const selfWaiver = { ...waiver, policy: "waiver-require-justification-owner-expiry" };
    const diagnostics = await analyze([requireValid], med({ ...broken, waivers: [{ ...waiver, owner: "" }, selfWaiver] }));
    expect(diagnostics.filter((d) => d.enforcementLevel === "mandatory")).toHaveLength(2);
  });
});

describe("waiver-report-accepted-risks", () => {
  it("reports a waived violation as advisory, with who accepted it and why", async () => {
    const diagnostics = await analyzeStack([reportAccepted], [topology, med({ ...broken, waivers: [waiver] })]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.enforcementLevel).toBe("advisory");
    expect(diagnostics[0]?.message).toContain(
      `waived: Mediation Server "med-1" internal port is 5070; expected 5061 (OCS-GW-6); accepted by voice team until ${waiver.expires}: PBX trunk needs 5070 (recorded in the program)`,
    );
  });

  it("lists a valid waiver that finds nothing to waive", async () => {
    const diagnostics = await analyzeStack([reportAccepted], [topology, med({ ...mediationModel(), waivers: [waiver] })]);
    expect(diagnostics[0]?.message).toContain("accepted risk: Mediation Server \"med-1\" waives mediation-server-sample-port, which finds no violation now");
  });

  it("lists nothing for an expired waiver, which the engine reports as a violation instead", async () => {
    const diagnostics = await analyzeStack([reportAccepted], [topology, med({ ...broken, waivers: [{ ...waiver, expires: "2020-01-01" }] })]);
    expect(diagnostics).toEqual([]);
  });

  it("leaves the waived policy silent on that resource", async () => {
    expect(await analyze([samplePortPolicy], med({ ...broken, waivers: [waiver] }))).toEqual([]);
  });
});

describe("waiver-report-accepted-risks under the pack's configuration", () => {
  const config = { "mediation-server-sample-port": { expectedPort: 5070 } };
  const resources = [topology, med({ ...broken, waivers: [waiver] })];
  const reports = async (pack: Record<string, Record<string, unknown>>) =>
    (await analyzeAll([samplePortPolicy, reportAccepted], resources, pack)).map((d) => d.message);

  it("re-judges the waived policy with the configuration the engine gave it", async () => {
    const messages = await reports(config);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("waives mediation-server-sample-port, which finds no violation now");
  });

  it("reports the waived violation again once that configuration is gone", async () => {
    await reports(config);
    const messages = await reports({});
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('waived: Mediation Server "med-1" internal port is 5070; expected 5061 (OCS-GW-6)');
  });
});
