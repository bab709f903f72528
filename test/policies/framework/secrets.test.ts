import { allPolicies } from "../../../policies";
import { resourcePolicy } from "../../../policies/framework/define";
import { declareSecretPaths } from "../../../policies/framework/secrets";
import { latestExpiry } from "../../../policies/framework/waivers";
import { violationExamples } from "../../../examples/violations/catalog";
import { referenceSpec } from "../../../examples/reference/spec";
import { compliantResources, resourceNamed } from "../../fixtures/reference-topology";
import { analyze, analyzeAll, type EngineResource, secret } from "../../harness/engine";
import { mediationModel, sampleMediationRule, samplePortPolicy } from "./sample";

type Props = Record<string, unknown>;
const policyNamed = (name: string) => {
  const found = allPolicies.find((p) => p.info.name === name);
  if (!found) throw new Error(`no policy ${name}`);
  return found;
};

/** The reference topology with `change` applied to the props as the engine would send them. */
function topology(change: (resources: EngineResource[]) => void): EngineResource[] {
  const resources = compliantResources(referenceSpec());
  change(resources);
  return resources;
}

describe("secret values in policy messages", () => {
  it("hides only the secret value: the gateway's secret address, not the subnet it must lie in", async () => {
    const resources = topology((r) => void (resourceNamed(r, "gw-redmond").props.ip = secret("10.1.30.20")));
    const messages = (await analyzeAll(allPolicies, resources))
      .filter((d) => d.policyName === "mediation-server-require-network-separation")
      .map((d) => d.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("address [secret]");
    expect(messages[0]).toContain("10.1.20.0/24");
    expect(messages[0]).not.toContain("10.1.30.20");
  });

  it("hides a secret port in a resource policy's message and still judges the real value", async () => {
    const props: Props = { ...mediationModel(), internal: { ...mediationModel().internal, port: secret(5070) } };
    const [d, ...rest] = await analyze([samplePortPolicy], { kind: "mediationServer", name: "med-1", props, topology: "contoso" });
    expect(rest).toEqual([]);
    expect(d?.message).toContain('Mediation Server "med-1" internal port is [secret]; expected 5061 (OCS-GW-6).');
  });

  it("hides a secret waiver justification and owner in the accepted-risk report", async () => {
    const example = violationExamples.find((e) => e.id === "OCS-GW-4");
    if (!example) throw new Error("no OCS-GW-4 example");
    const spec = referenceSpec();
    example.mutate(spec);
    const resources = compliantResources(spec);
    resourceNamed(resources, example.resource).props.waivers = [
      { policy: example.policy, justification: secret("Lab only, firewalled VLAN"), owner: secret("voice-lead@contoso.com"), expires: latestExpiry(new Date(), 90) },
    ];
    const diagnostics = await analyzeAll(allPolicies, resources);
    const reported = diagnostics.filter((d) => d.policyName === "waiver-report-accepted-risks");
    expect(reported).toHaveLength(1);
    expect(reported[0]?.message).toMatch(/accepted by \[secret\] until \d{4}-\d{2}-\d{2}: \[secret\]/);
    expect(diagnostics.filter((d) => d.policyName === example.policy && d.enforcementLevel === "mandatory")).toEqual([]);
    for (const d of diagnostics) expect(d.message).not.toMatch(/Lab only|voice-lead/i);
  });

  it("hides a secret value that makes the model malformed", async () => {
    const resources = topology((r) => void (resourceNamed(r, "gw-dublin").props.ip = secret("not-an-ip-7q")));
    const diagnostics = await analyzeAll([policyNamed("mediation-server-require-network-separation")], resources);
    const malformed = diagnostics.filter((d) => d.message.includes("malformed"));
    expect(malformed).toHaveLength(1);
    expect(malformed[0]?.message).toContain("field ip is \"[secret]\"");
    expect(malformed[0]?.message).not.toContain("not-an-ip-7q");
  });

  it("hides a secret expiry in the invalid-waiver message", async () => {
    const resources = topology((r) => {
      resourceNamed(r, "med-redmond").props.waivers = [
        { policy: "mediation-server-require-two-nics", justification: "j", owner: "o", expires: secret("2020-02-02") },
      ];
    });
    const [d, ...rest] = (await analyzeAll(allPolicies, resources)).filter((x) => x.policyName === "waiver-require-justification-owner-expiry");
    expect(rest).toEqual([]);
    expect(d?.message).toContain("it expired on [secret]");
    expect(d?.message).not.toContain("2020-02-02");
  });
});

describe("props whose secrets are not known", () => {
  const broken = (): Props => mediationModel({ internal: { ...mediationModel().internal, port: 5070 } });
  const resource = (props: Props) => ({ type: "ocs:voice:MediationServer", name: "med-1", urn: "urn:med-1", props });

  it("are taken to be all secret when the engine's marks were never seen", () => {
    const [v] = samplePortPolicy.evaluate([resource(broken())]).violations;
    expect(v?.message).toContain("internal port is [secret]");
    expect(v?.message).not.toContain("5070");
  });

  it("show their values once the caller declares which are secret", () => {
    const [v] = samplePortPolicy.evaluate([resource(declareSecretPaths(broken(), []))]).violations;
    expect(v?.message).toContain("internal port is 5070; expected 5061");
    const [w] = samplePortPolicy.evaluate([resource(declareSecretPaths(broken(), [["internal", "port"]]))]).violations;
    expect(w?.message).toContain("internal port is [secret]; expected 5061");
  });
});

describe("a rule that fails", () => {
  const failing = resourcePolicy({
    ...sampleMediationRule,
    name: "mediation-server-sample-failing",
    remediationSteps: "None.",
    check(member) {
      throw new Error(`cannot judge ${member.subject} at ${member.model.internal.ip}`);
    },
  });

  it("reaches the engine with an error text that hides the secret it quotes", async () => {
    const props: Props = { ...mediationModel(), internal: { ...mediationModel().internal, ip: secret("10.1.10.77") } };
    const error = await analyze([failing], { kind: "mediationServer", name: "med-1", props }).then(
      () => new Error("the rule's failure was not reported"),
      (e: unknown) => e as Error,
    );
    expect(error.message).toContain('cannot judge Mediation Server "med-1" at [secret]');
    expect(`${error.message}\n${error.stack ?? ""}`).not.toContain("10.1.10.77");
  });
});
