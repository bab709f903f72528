import type { OcsPolicy } from "../../../policies/framework/define";
import { defaultWaiverRules } from "../../../policies/framework/exceptions";
import { configuredLevel, PackRun, PolicyRunError } from "../../../policies/framework/pack-run";
import { declareSecretPaths } from "../../../policies/framework/secrets";
import { UnknownValueError, unknownStringValue } from "../../../policies/framework/sdk-internals";
import { mediationModel, samplePortPolicy, sampleUniquePolicy } from "./sample";

// One configured run of a pack, as ocs-guard's analyzer server answers Analyze and AnalyzeStack:
// which policies run at which level, and how each outcome is worded for the engine.

const identity = { name: "ocs-guard", version: "1.2.3" };
const entry = (enforcementLevel: string, properties: Record<string, unknown> = {}) => ({ enforcementLevel, properties });
const topology = {
  type: "ocs:index:Topology",
  name: "contoso",
  urn: "urn:contoso",
  props: declareSecretPaths({ organization: "Contoso", sipDomains: ["contoso.com"], sites: ["redmond"] }, []),
};
const med = (name: string, props: object) => ({ type: "ocs:voice:MediationServer", name, urn: `urn:${name}`, props: declareSecretPaths(props, []), parent: topology });
const wrongPort = () => mediationModel({ internal: { ...mediationModel().internal, port: 5070 } });

/** A policy whose judgement throws `error`, to see how the run words a failure. */
function failing(error: unknown, kind: "resource" | "stack" = "resource"): OcsPolicy {
  const base = kind === "resource" ? samplePortPolicy : sampleUniquePolicy;
  return {
    ...base,
    info: { ...base.info, name: "failing-policy" },
    resolveConfig: () => ({}),
    judge: () => {
      throw error;
    },
  } as OcsPolicy;
}

describe("the level a policy runs at", () => {
  it("is the configured one, else the policy's own", () => {
    expect(configuredLevel(samplePortPolicy, {})).toBe("mandatory");
    expect(configuredLevel(samplePortPolicy, { "mediation-server-sample-port": entry("") })).toBe("mandatory");
    expect(configuredLevel(samplePortPolicy, { "mediation-server-sample-port": entry("advisory") })).toBe("advisory");
    expect(configuredLevel(samplePortPolicy, { other: entry("disabled") })).toBe("mandatory");
  });
});

describe("Analyze", () => {
  it("words each violation as the SDK does: description, then message, with the level and severity in force", () => {
    const run = new PackRun(identity, [samplePortPolicy], { "mediation-server-sample-port": entry("advisory") }, defaultWaiverRules);
    expect(run.analyze(med("med-1", wrongPort()))).toEqual([
      {
        policyName: "mediation-server-sample-port",
        description: "Sample.",
        message: 'Sample.\nMediation Server "med-1" internal port is 5070; expected 5061 (OCS-GW-6).',
        urn: "urn:med-1",
        enforcementLevel: "advisory",
        severity: "low",
      },
    ]);
  });

  it("reports remediate as mandatory, and runs no disabled policy", () => {
    const remediate = new PackRun(identity, [samplePortPolicy], { "mediation-server-sample-port": entry("remediate") }, defaultWaiverRules);
    expect(remediate.analyze(med("med-1", wrongPort())).map((d) => d.enforcementLevel)).toEqual(["mandatory"]);
    const disabled = new PackRun(identity, [samplePortPolicy], { "mediation-server-sample-port": entry("disabled") }, defaultWaiverRules);
    expect(disabled.analyze(med("med-1", wrongPort()))).toEqual([]);
  });

  it("judges with the policy's configuration in force", () => {
    const run = new PackRun(identity, [samplePortPolicy], { "mediation-server-sample-port": entry("mandatory", { expectedPort: 5070 }) }, defaultWaiverRules);
    expect(run.analyze(med("med-1", wrongPort()))).toEqual([]);
  });

  it("runs only the policies that judge the resource's type, and no stack policy", () => {
    const run = new PackRun(identity, [samplePortPolicy, sampleUniquePolicy], {}, defaultWaiverRules);
    expect(run.analyze({ ...med("gw", {}), type: "ocs:voice:MediaGateway" })).toEqual([]);
    expect(run.analyze(med("med-1", wrongPort())).map((d) => d.policyName)).toEqual(["mediation-server-sample-port"]);
  });

  it("runs a policy listed under one type twice only once", () => {
    const twice = { ...samplePortPolicy, resourceTypes: ["ocs:voice:MediationServer", "ocs:voice:MediationServer"] } as OcsPolicy;
    const run = new PackRun(identity, [twice], {}, defaultWaiverRules);
    expect(run.analyze(med("med-1", wrongPort()))).toHaveLength(1);
  });

  it("notes what it cannot verify during preview as the SDK's advisory note, naming no resource", () => {
    const run = new PackRun(identity, [samplePortPolicy], {}, defaultWaiverRules);
    const props = { ...mediationModel(), internal: { ...mediationModel().internal, port: unknownStringValue } };
    expect(run.analyze(med("med-1", props))).toEqual([
      {
        policyName: "mediation-server-sample-port",
        description: "Sample.",
        message:
          "can't run policy 'mediation-server-sample-port' from policy pack 'ocs-guard@v1.2.3' during preview: not verifiable until update: " +
          'Mediation Server "med-1" internal.port is unknown during preview (OCS-GW-6); the rule is enforced once the values are known.',
        enforcementLevel: "advisory",
        severity: "low",
      },
    ]);
  });

  it("reports the violations it found beside the note", () => {
    const run = new PackRun(identity, [sampleUniquePolicy], {}, defaultWaiverRules);
    const unknownIp = { ...mediationModel(), external: { ...mediationModel().external, ip: unknownStringValue } };
    const diagnostics = run.analyzeStack([topology, med("a", mediationModel()), med("b", mediationModel()), med("c", unknownIp)]);
    expect(diagnostics.map((d) => [d.enforcementLevel, d.urn])).toEqual([
      ["mandatory", "urn:b"],
      ["advisory", undefined],
    ]);
  });

  it("turns an unknown value read outside a guard into the SDK's note with its own message", () => {
    const error = new UnknownValueError(unknownStringValue, ["x"]);
    const run = new PackRun(identity, [failing(error)], {}, defaultWaiverRules);
    expect(run.analyze(med("med-1", mediationModel()))).toEqual([
      {
        policyName: "failing-policy",
        description: "Sample.",
        message: `can't run policy 'failing-policy' from policy pack 'ocs-guard@v1.2.3' during preview: ${error.message}`,
        enforcementLevel: "advisory",
        severity: "low",
      },
    ]);
  });

  it("fails the request as the SDK does when a rule fails, with the error's stack", () => {
    const error = new Error("boom");
    const run = new PackRun(identity, [failing(error)], {}, defaultWaiverRules);
    let thrown: unknown;
    try {
      run.analyze(med("med-1", mediationModel()));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(PolicyRunError);
    expect((thrown as Error).name).toBe("PolicyRunError");
    expect((thrown as Error).message).toBe(`Error validating resource with policy 'failing-policy' from policy pack 'ocs-guard@v1.2.3':\n${error.stack}`);
  });

  it("words a failure that is no Error by its text", () => {
    const run = new PackRun(identity, [failing("just text", "stack")], {}, defaultWaiverRules);
    expect(() => run.analyzeStack([topology])).toThrow(
      new PolicyRunError("Error validating resource with policy 'failing-policy' from policy pack 'ocs-guard@v1.2.3':\njust text"),
    );
  });
});

describe("AnalyzeStack", () => {
  it("runs every stack policy in force, in the pack's order, and no resource policy", () => {
    const second = { ...sampleUniquePolicy, info: { ...sampleUniquePolicy.info, name: "second-unique" } } as OcsPolicy;
    const run = new PackRun(identity, [samplePortPolicy, second, sampleUniquePolicy], {}, defaultWaiverRules);
    const diagnostics = run.analyzeStack([topology, med("a", wrongPort()), med("b", wrongPort())]);
    expect(diagnostics.map((d) => d.policyName)).toEqual(["second-unique", "mediation-server-sample-unique"]);
  });

  it("leaves out a disabled stack policy", () => {
    const run = new PackRun(identity, [sampleUniquePolicy], { "mediation-server-sample-unique": entry("disabled") }, defaultWaiverRules);
    expect(run.analyzeStack([topology, med("a", mediationModel()), med("b", mediationModel())])).toEqual([]);
  });
});
