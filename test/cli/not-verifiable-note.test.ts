import { notVerifiableDetail } from "../../cli/not-verifiable-note";
import { NOT_VERIFIABLE_MARKER } from "../../policies/framework/not-verifiable";
import { analyze, UNKNOWN } from "../harness/engine";
import { mediationModel, samplePortPolicy } from "../policies/framework/sample";

const note = (policy: string, pack: string, rest: string) => `can't run policy '${policy}' from policy pack '${pack}@v0.1.0' during preview: ${rest}`;
const detail = `${NOT_VERIFIABLE_MARKER} Mediation Server "med-1" external.ip is unknown during preview (OCS-GW-4).`;
const event = { policyName: "mediation-server-require-two-nics", policyPackName: "ocs-guard", enforcementLevel: "advisory" };

describe("notVerifiableDetail", () => {
  it("returns the detail of the SDK's note for this event's own policy and pack", () => {
    expect(notVerifiableDetail({ ...event, message: note(event.policyName, "ocs-guard", detail) })).toBe(detail);
  });

  it.each([
    ["a violation quoting the note after its description", { message: `Every Mediation Server has two NICs.\n${note(event.policyName, "ocs-guard", detail)}` }],
    ["the note at mandatory level", { enforcementLevel: "mandatory", message: note(event.policyName, "ocs-guard", detail) }],
    ["the note at an unrecognised level", { enforcementLevel: "Advisory", message: note(event.policyName, "ocs-guard", detail) }],
    ["the note naming another policy", { message: note("server-require-kerberos", "ocs-guard", detail) }],
    ["the note naming another pack", { message: note(event.policyName, "other-pack", detail) }],
    ["the note without our marker (the SDK's own unknown-value message)", { message: note(event.policyName, "ocs-guard", "some value is unknown") }],
    ["the marker later in the detail", { message: note(event.policyName, "ocs-guard", `x ${detail}`) }],
    ["leading text before the prefix", { message: ` ${note(event.policyName, "ocs-guard", detail)}` }],
    [
      "a version with a space (a sentence, not the SDK's format)",
      { message: `can't run policy '${event.policyName}' from policy pack 'ocs-guard@v0 x' during preview: ${detail}` },
    ],
  ])("does not take %s for a note", (_title, overrides: { message: string; enforcementLevel?: string }) => {
    expect(notVerifiableDetail({ ...event, ...overrides })).toBeUndefined();
  });

  it("recognises what @pulumi/policy's own Analyze handler sends for a NotVerifiableError (the SDK's contract)", async () => {
    const props = { ...mediationModel(), internal: { ...mediationModel().internal, port: UNKNOWN } };
    const [d] = await analyze([samplePortPolicy], { kind: "mediationServer", name: "med-1", props, topology: "contoso" });
    expect(d).toBeDefined();
    if (!d) return;
    const found = notVerifiableDetail({ policyName: d.policyName, policyPackName: "ocs-guard", enforcementLevel: d.enforcementLevel, message: d.message });
    expect(found).toBe(
      'not verifiable until update: Mediation Server "med-1" internal.port is unknown during preview (OCS-GW-6); the rule is enforced once the values are known.',
    );
  });

  it("does not recognise a violation the same handler sends, even when its text quotes a note", async () => {
    const quoted = note("mediation-server-sample-port", "ocs-guard", detail);
    const props = mediationModel({ internal: { ...mediationModel().internal, port: 5070 }, fqdn: quoted });
    const [d] = await analyze([samplePortPolicy], { kind: "mediationServer", name: quoted, props, topology: "contoso" });
    expect(d?.enforcementLevel).toBe("mandatory");
    if (!d) return;
    expect(d.message).toContain(quoted);
    expect(notVerifiableDetail({ policyName: d.policyName, policyPackName: "ocs-guard", enforcementLevel: d.enforcementLevel, message: d.message })).toBeUndefined();
    expect(notVerifiableDetail({ policyName: d.policyName, policyPackName: "ocs-guard", enforcementLevel: "advisory", message: d.message })).toBeUndefined();
  });
});
