/**
 * waiver-require-justification-owner-expiry in the cases that tell its parts apart: every reason
 * given at once, an exception in force for another policy when the organisation requires configured
 * exceptions, and a secret justification that holds invisible characters.
 */
import { latestExpiry } from "../../../policies/framework/waivers";
import { riskPolicies } from "../../../policies/risk";
import { analyze, type EngineResource, secret } from "../../harness/engine";
import { mediationModel, samplePortPolicy, sampleUniquePolicy } from "../framework/sample";

const [requireValid] = riskPolicies(() => [samplePortPolicy, sampleUniquePolicy]);
if (!requireValid) throw new Error("risk policies missing");

const expires = latestExpiry(new Date(), 90);
const horizon = latestExpiry(new Date(), 365);
const needs = `it needs a known policy name, a justification in words, an owner and an expiry from today to ${horizon} (OCS-RISK-1).`;
const waiver = { policy: "mediation-server-sample-port", justification: "PBX trunk needs port 5070", owner: "voice team", expires };
const med = (props: Record<string, unknown>): EngineResource => ({ kind: "mediationServer", name: "med-1", props, topology: "contoso" });

async function messages(resource: EngineResource, config: Record<string, unknown> = {}): Promise<string[]> {
  const pack = { "waiver-require-justification-owner-expiry": config };
  return (await analyze([requireValid as NonNullable<typeof requireValid>], resource, pack)).map((d) => d.message.split("\n").pop() ?? "");
}

describe("waiver-require-justification-owner-expiry messages", () => {
  it("gives every reason a waiver waives nothing, comma separated, then what it needs", async () => {
    const incomplete = { ...waiver, policy: "no-such-policy", justification: "", owner: "" };
    expect(await messages(med({ ...mediationModel(), waivers: [incomplete] }))).toEqual([
      `Mediation Server "med-1" waiver for "no-such-policy" waives nothing because it has no justification, it has no owner, it names no policy of the pack; ${needs}`,
    ]);
  });

  it("gives every reason a configured exception waives nothing, comma separated", async () => {
    const exception = { ...waiver, resource: "med-1", justification: "tbd", owner: "n/a" };
    expect(await messages(med(mediationModel()), { exceptions: [exception] })).toEqual([
      `Mediation Server "med-1" exception for "mediation-server-sample-port" in the pack configuration (resource "med-1") waives nothing because its justification "tbd" says nothing; write in words why the risk is acceptable, its owner "n/a" names nobody; name the person or team who accepted the risk; ${needs}`,
    ]);
  });
});

describe("waiver-require-justification-owner-expiry when the organisation requires configured exceptions", () => {
  const configured = (policy: string) => ({
    requireConfiguredExceptions: true,
    exceptions: [{ ...waiver, policy, resource: "med-1", owner: "Contoso risk board" }],
  });

  it("accepts a waiver that a valid exception for the same policy and resource covers", async () => {
    expect(await messages(med({ ...mediationModel(), waivers: [waiver] }), configured("mediation-server-sample-port"))).toEqual([]);
  });

  it("refuses a waiver when the exception in force on the resource is for another policy", async () => {
    expect(await messages(med({ ...mediationModel(), waivers: [waiver] }), configured("mediation-server-sample-unique"))).toEqual([
      `Mediation Server "med-1" waiver for "mediation-server-sample-port" waives nothing because the organisation requires every exception in the pack configuration and no valid exception there covers this policy on this resource; ${needs}`,
    ]);
  });
});

describe("waiver-require-justification-owner-expiry and secrets", () => {
  it("never quotes a secret justification, even one whose invisible characters a message would spell out", async () => {
    const hidden = "tbd\u200B";
    const [message, ...rest] = await messages(med({ ...mediationModel(), waivers: [{ ...waiver, justification: secret(hidden) }] }));
    expect(rest).toEqual([]);
    expect(message).toBe(
      `Mediation Server "med-1" waiver for "mediation-server-sample-port" waives nothing because its justification [secret] says nothing; write in words why the risk is acceptable; ${needs}`,
    );
  });
});
