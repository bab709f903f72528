import { declareSecretPaths } from "../../../policies/framework/secrets";
import { analyze, analyzeStack, UNKNOWN } from "../../harness/engine";
import { latestExpiry } from "../../../policies/framework/waivers";
import { mediationModel, samplePortPolicy, sampleUniquePolicy } from "./sample";

const med = (name: string, props: Record<string, unknown>) => ({ kind: "mediationServer" as const, name, props, topology: "contoso" });

describe("resource policies, driven through the engine's Analyze handler", () => {
  it("stays silent on a compliant model", async () => {
    expect(await analyze([samplePortPolicy], med("med-1", mediationModel()))).toEqual([]);
  });

  it("reports a violation with the requirement ID appended", async () => {
    const props = mediationModel({ internal: { ...mediationModel().internal, port: 5070 } });
    const [d, ...rest] = await analyze([samplePortPolicy], med("med-1", props));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ policyName: "mediation-server-sample-port", enforcementLevel: "mandatory" });
    expect(d?.message).toContain('Mediation Server "med-1" internal port is 5070; expected 5061 (OCS-GW-6).');
  });

  it("applies configuration over the defaults", () => {
    const props = mediationModel({ internal: { ...mediationModel().internal, port: 5070 } });
    const resource = { type: "ocs:voice:MediationServer", name: "med-1", urn: "urn:med-1", props };
    expect(samplePortPolicy.evaluate([resource], { expectedPort: 5070 }).violations).toEqual([]);
    expect(samplePortPolicy.evaluate([resource]).violations).toHaveLength(1);
  });

  it("says a rule is not verifiable until update when it reads an unknown value, as advisory", async () => {
    const props = { ...mediationModel(), internal: { ...mediationModel().internal, port: UNKNOWN } };
    const diagnostics = await analyze([samplePortPolicy], med("med-1", props));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.enforcementLevel).toBe("advisory");
    expect(diagnostics[0]?.message).toMatch(
      /can't run policy 'mediation-server-sample-port'.*not verifiable until update: Mediation Server "med-1" internal.port is unknown during preview \(OCS-GW-6\)/,
    );
  });

  it("does not read an unknown optional field as absent", () => {
    const props = structuredClone({ ...mediationModel(), external: UNKNOWN });
    declareSecretPaths(props, []);
    const parent = { type: "ocs:index:Topology", name: "contoso", urn: "urn:contoso", props: {} };
    const resource = { type: "ocs:voice:MediationServer", name: "med-1", urn: "urn:med-1", props, parent };
    const evaluation = sampleUniquePolicy.evaluate([resource, { ...resource, urn: "urn:med-2", name: "med-2" }]);
    expect(evaluation.violations).toEqual([]);
    expect(evaluation.unverifiable).toEqual([
      { subject: 'Mediation Server "med-1"', path: "external" },
      { subject: 'Mediation Server "med-2"', path: "external" },
    ]);
  });

  it("still judges a model whose unknown values the rule does not read", async () => {
    const props = { ...mediationModel(), nextHop: UNKNOWN, internal: { ...mediationModel().internal, port: 5070 } };
    const diagnostics = await analyze([samplePortPolicy], med("med-1", props));
    expect(diagnostics.map((d) => d.enforcementLevel)).toEqual(["mandatory"]);
  });

  it.each([
    ["a wrong type", { ...mediationModel(), internal: 42 }, "field internal is 42; it must be an object"],
    ["a missing field", { ...mediationModel(), mediaEncryption: undefined }, "field mediaEncryption is missing"],
    ["a field from another version", { ...mediationModel(), gatewayListeningIp: "10.0.0.1" }, "gatewayListeningIp is not part of the model"],
  ])("reports malformed props (%s) as a violation, never an exception", async (_case, props, expected) => {
    const diagnostics = await analyze([samplePortPolicy], med("med-1", JSON.parse(JSON.stringify(props))));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.enforcementLevel).toBe("mandatory");
    expect(diagnostics[0]?.message).toContain("malformed");
    expect(diagnostics[0]?.message).toContain(expected);
  });

  it("ignores resources of other types", async () => {
    expect(await analyze([samplePortPolicy], { kind: "locationProfile", name: "lp", props: { name: "x" } })).toEqual([]);
  });
});

describe("waivers", () => {
  const broken = mediationModel({ internal: { ...mediationModel().internal, port: 5070 } });
  const waiver = { policy: "mediation-server-sample-port", justification: "PBX needs 5070", owner: "voice team", expires: latestExpiry(new Date(), 30) };
  const resource = (waivers: unknown[]) => ({ type: "ocs:voice:MediationServer", name: "med-1", urn: "urn:med-1", props: { ...broken, waivers } });

  it("a valid waiver turns the violation into a waived finding", () => {
    const evaluation = samplePortPolicy.evaluate([resource([waiver])]);
    expect(evaluation.violations).toEqual([]);
    expect(evaluation.waived).toHaveLength(1);
    expect(evaluation.waived[0]?.acceptance.owner).toBe("voice team");
  });

  it.each([
    ["expired", { ...waiver, expires: "2020-01-01" }],
    ["without justification", { ...waiver, justification: " " }],
    ["without owner", { ...waiver, owner: "" }],
    ["for another policy", { ...waiver, policy: "something-else" }],
  ])("an invalid waiver (%s) waives nothing", (_case, w) => {
    const evaluation = samplePortPolicy.evaluate([resource([w])]);
    expect(evaluation.violations).toHaveLength(1);
    expect(evaluation.waived).toEqual([]);
  });

  it("a waiver holds through its expiry day", () => {
    const evaluation = samplePortPolicy.evaluate([resource([{ ...waiver, expires: "2026-11-23" }])], {}, new Date("2026-11-23T23:00:00Z"));
    expect(evaluation.waived).toHaveLength(1);
  });
});

describe("stack policies, driven through the engine's AnalyzeStack handler", () => {
  const topology = { kind: "topology" as const, name: "contoso", props: { organization: "Contoso", sipDomains: ["contoso.com"], sites: ["redmond"] } };

  it("judges the members of a topology together", async () => {
    const diagnostics = await analyzeStack([sampleUniquePolicy], [topology, med("med-1", mediationModel()), med("med-2", mediationModel({ fqdn: "med2.contoso.com" }))]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toContain('Mediation Server "med-2" external IP 10.1.20.5 is also used by Mediation Server "med-1" (OCS-GW-7).');
  });

  it("keeps judging the other members when one value is unknown, and says what is not verifiable", async () => {
    const unknownIp = { ...mediationModel({ fqdn: "med3.contoso.com" }), external: { ...mediationModel().external, ip: UNKNOWN } };
    const diagnostics = await analyzeStack(
      [sampleUniquePolicy],
      [topology, med("med-1", mediationModel()), med("med-2", mediationModel({ fqdn: "med2.contoso.com" })), med("med-3", unknownIp)],
    );
    expect(diagnostics.map((d) => d.enforcementLevel).sort()).toEqual(["advisory", "mandatory"]);
    expect(diagnostics.find((d) => d.enforcementLevel === "advisory")?.message).toContain(
      'not verifiable until update: Mediation Server "med-3" external.ip is unknown during preview (OCS-GW-7)',
    );
  });

  it("judges separate topologies separately", async () => {
    const other = { ...topology, name: "fabrikam" };
    const diagnostics = await analyzeStack(
      [sampleUniquePolicy],
      [topology, other, med("med-1", mediationModel()), { ...med("med-2", mediationModel({ fqdn: "med2.contoso.com" })), topology: "fabrikam" }],
    );
    expect(diagnostics).toEqual([]);
  });

  it("reports a component outside any Topology as exactly that, with the fix, instead of judging its relations", async () => {
    const orphan = { kind: "mediationServer" as const, name: "med-orphan", props: mediationModel({ fqdn: "med9.contoso.com" }) };
    const diagnostics = await analyzeStack([sampleUniquePolicy], [topology, med("med-1", mediationModel()), orphan]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.urn).toMatch(/::med-orphan$/);
    expect(diagnostics[0]?.enforcementLevel).toBe("mandatory");
    expect(diagnostics[0]?.message).toContain(
      'Mediation Server "med-orphan" is not inside a Topology, so mediation-server-sample-unique cannot relate it to the other components of its deployment; create it with `{ parent: topology }`',
    );
  });
});
