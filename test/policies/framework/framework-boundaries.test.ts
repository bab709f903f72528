import { types } from "node:util";
import { z } from "zod";
import { stackPolicy } from "../../../policies/framework/define";
import { decodeModel } from "../../../policies/framework/decode";
import { defaultWaiverRules } from "../../../policies/framework/exceptions";
import { PackRun } from "../../../policies/framework/pack-run";
import { parseKnown } from "../../../policies/framework/parse-known";
import { declareSecretPaths } from "../../../policies/framework/secrets";
import { unknownStringValue } from "../../../policies/framework/sdk-internals";
import { matchesResource, waiverStatus } from "../../../policies/framework/waivers";
import { mediationModel, sampleMediationRule, samplePortPolicy } from "./sample";

// Edges of the framework that the module specs pass without telling one reading from another.

const now = new Date("2026-12-01T12:00:00Z");

describe("decoding", () => {
  it("hands a model without unknown values over as plain data, not behind the unknown guard", () => {
    const known = decodeModel("mediationServer", 'Mediation Server "plain"', structuredClone(mediationModel()));
    if (!known.ok) throw new Error(known.problems.join("; "));
    expect(types.isProxy(known.model)).toBe(false);
    const partial = decodeModel("mediationServer", 'Mediation Server "partial"', { ...mediationModel(), nextHop: unknownStringValue });
    if (!partial.ok) throw new Error(partial.problems.join("; "));
    expect(types.isProxy(partial.model)).toBe(true);
  });
});

describe("parseKnown", () => {
  it("fills in a default for a field not given, beside an unknown one", () => {
    const schema = z.strictObject({ port: z.number().default(5061), ip: z.string() });
    expect(parseKnown(schema, { ip: unknownStringValue }, (v) => v === unknownStringValue).value).toEqual({ port: 5061, ip: unknownStringValue });
  });
});

describe("a stack policy and components outside any Topology", () => {
  it("says so only of the kinds it applies to", () => {
    const policy = stackPolicy({ ...sampleMediationRule, name: "orphans", remediationSteps: "r", check: () => [] });
    const orphan = (type: string, name: string, props: object) => ({ type, name, urn: `urn:${name}`, props: declareSecretPaths(props, []) });
    const evaluation = policy.evaluate(
      [orphan("ocs:voice:LocationProfile", "lp1", { name: "lp1", exchangeUm: false }), orphan("ocs:voice:MediationServer", "med", mediationModel())],
      {},
      now,
    );
    expect(evaluation.violations.map((v) => v.urn)).toEqual(["urn:med"]);
  });
});

describe("a pack run's note on what it cannot verify", () => {
  it("names every requirement the policy enforces", () => {
    const twoIds = { ...samplePortPolicy, info: { ...samplePortPolicy.info, requirements: ["OCS-GW-6", "OCS-GW-7"] } } as typeof samplePortPolicy;
    const run = new PackRun({ name: "p", version: "1" }, [twoIds], {}, defaultWaiverRules);
    const props = declareSecretPaths({ ...mediationModel(), internal: { ...mediationModel().internal, port: unknownStringValue } }, []);
    const [note] = run.analyze({ type: "ocs:voice:MediationServer", name: "m", urn: "urn:m", props });
    expect(note?.message).toContain("is unknown during preview (OCS-GW-6, OCS-GW-7); the rule is enforced");
  });
});

describe("waivers", () => {
  it("refuse an expiry that is no string, even one that reads as a date", () => {
    const status = waiverStatus({ justification: "the PBX needs it", owner: "voice team", expires: ["2026-12-31"] as unknown as string }, now);
    expect(status).toEqual({ valid: false, reasons: ['its expiry ["2026-12-31"] is not a date written YYYY-MM-DD'] });
  });

  it("read ? in a resource glob as one character, a character outside the basic plane included", () => {
    expect(matchesResource("gw-?", { urn: "urn:x", name: "gw-\u{1F4DE}" })).toBe(true);
    expect(matchesResource("gw-??", { urn: "urn:x", name: "gw-\u{1F4DE}" })).toBe(false);
  });
});
