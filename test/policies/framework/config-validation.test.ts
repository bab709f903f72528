import { allPolicies } from "../../../policies";
import { certificateEnforceRoleFit } from "../../../policies/certificates/certificate-enforce-role-fit";
import { nearest } from "../../../policies/framework/config-validation";
import { analyze, configure, ConfigurationRefused } from "../../harness/engine";
import { mediationModel, samplePortPolicy } from "./sample";

const refusal = async (config: Record<string, Record<string, unknown>>, policies = allPolicies) => {
  const error: unknown = await configure(policies, config).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigurationRefused);
  return (error as Error).message;
};

describe("the pack configuration is judged once, at Configure", () => {
  it("accepts the defaults and a valid configuration", async () => {
    await expect(configure(allPolicies, {})).resolves.toBeUndefined();
    await expect(
      configure(allPolicies, {
        "mediation-server-configure-internal-port": { expectedPort: 5062, enforcementLevel: "advisory" },
        "certificate-enforce-role-fit": { minimumKeySize: 4096 },
        all: { enforcementLevel: "advisory" },
      }),
    ).resolves.toBeUndefined();
  });

  it("names a misspelt key and the key that was meant", async () => {
    expect(await refusal({ "mediation-server-configure-internal-port": { expectedport: 5062 } })).toBe(
      'Policy mediation-server-configure-internal-port has no configuration key "expectedport"; did you mean "expectedPort"?',
    );
  });

  it("lists the keys when no key is close", async () => {
    expect(await refusal({ "ipsec-require-media-exemption": { colour: "blue" } })).toBe(
      'Policy ipsec-require-media-exemption has no configuration key "colour"; its keys are "maximumPorts" (and "enforcementLevel").',
    );
  });

  it("names a policy that takes no configuration", async () => {
    expect(await refusal({ "mediation-server-require-two-nics": { adapters: 2 } })).toBe(
      'Policy mediation-server-require-two-nics has no configuration key "adapters"; it takes only "enforcementLevel".',
    );
  });

  it("names a misspelt policy and the policy that was meant", async () => {
    expect(await refusal({ "mediation-server-configure-internal-prot": { enforcementLevel: "advisory" } })).toBe(
      'The pack configuration names "mediation-server-configure-internal-prot", which is no policy of this pack; did you mean "mediation-server-configure-internal-port"?',
    );
  });

  it("says in one sentence that a minimum lies above its maximum", async () => {
    expect(await refusal({ "certificate-enforce-role-fit": { minimumKeySize: 8192 } })).toBe(
      "Policy certificate-enforce-role-fit configuration: field minimumKeySize is 8192; it must not exceed maximumKeySize, which is 4096.",
    );
  });

  it("says in one sentence that a port range starts above its end", async () => {
    expect(await refusal({ "edge-limit-av-ports-to-r2": { federationRange: { start: 59999, end: 50000 } } })).toBe(
      'Policy edge-limit-av-ports-to-r2 configuration: field federationRange is {"end":50000,"start":59999}; it must start at or below its end.',
    );
  });

  it("refuses a malformed exception with the field that is wrong", async () => {
    const message = await refusal({
      "waiver-require-justification-owner-expiry": { exceptions: [{ policy: "x", resource: "med-1", justification: "a b", owner: "o", expires: "soon" }] },
    });
    expect(message).toContain("Policy waiver-require-justification-owner-expiry configuration: field exceptions.0.expires is \"soon\"");
  });

  it("refuses before any resource is judged, so no resource fails with a stack trace", async () => {
    const resource = { kind: "mediationServer" as const, name: "med-1", props: mediationModel() };
    const error: unknown = await analyze([samplePortPolicy], resource, { "mediation-server-sample-port": { expectedport: 5062 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationRefused);
    expect((error as Error).message).toBe('Policy mediation-server-sample-port has no configuration key "expectedport"; did you mean "expectedPort"?');
  });

  it("judges a policy's own configuration without the engine", () => {
    expect(certificateEnforceRoleFit.configProblems({ minimumKeySize: 2048, maximumKeySize: 4096 })).toEqual([]);
    expect(certificateEnforceRoleFit.configProblems({ minimumKeySize: 4097, maximumKeySize: 4096 })).toHaveLength(1);
  });
});

describe("did-you-mean", () => {
  it.each([
    ["expectedport", ["expectedPort"], "expectedPort"],
    ["maxPorts", ["maximumPorts"], "maximumPorts"],
    ["minimumKeysize", ["minimumKeySize", "maximumKeySize"], "minimumKeySize"],
    ["zzz", ["expectedPort"], undefined],
  ])("%s among %j is %s", (word, valid, expected) => {
    expect(nearest(word, valid)).toBe(expected);
  });
});
