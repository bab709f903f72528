/**
 * ocs-guard's own analyzer server (policies/framework/sdk-server.ts) against @pulumi/policy's own
 * handlers (test/harness/engine.ts): the same requests, encoded as the engine encodes them, sent to
 * both after the same Configure, must get the same responses, field for field. The cases cover the
 * reference topology, every violation example, values unknown during preview, values sent as
 * secrets, a configuration with exceptions and the rule that waivers need one, disabled and
 * re-levelled policies, a failing rule, and the wire conversions sdk-wire.ts writes out.
 */
import { Struct, Value } from "google-protobuf/google/protobuf/struct_pb";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import { allPolicies } from "../../../policies";
import { type OcsPolicy, stackPolicy } from "../../../policies/framework/define";
import { EXCEPTIONS_POLICY } from "../../../policies/framework/exceptions";
import { analyzerHandlers, type AnalyzerHandlers } from "../../../policies/framework/sdk-server";
import { loadedPack } from "../../../policies/framework/served-pack";
import { analyzerService, levelCode, levelName, sdkVersion } from "../../../policies/framework/sdk-wire";
import { readAnalyzeRequest, readAnalyzeStackRequest } from "../../../policies/framework/sdk-request-bytes";
import { secretPathsOnWire } from "../../../policies/framework/sdk-internals";
import { latestExpiry } from "../../../policies/framework/waivers";
import { referenceSpec, type ReferenceSpec } from "../../../examples/reference/spec";
import { violationExamples } from "../../../examples/violations/catalog";
import { compliantResources, resourceNamed } from "../../fixtures/reference-topology";
import {
  alone,
  analyzeRequest,
  analyzeStackRequest,
  configureNow,
  configureRequest,
  type EngineResource,
  everyLeafSecret,
  PACK,
  type PackConfig,
  UNKNOWN,
} from "../../harness/engine";
import { callHandler, sdkAnalyzeHandler, sdkAnalyzeStackHandler } from "../../../policies/framework/sdk-handlers";

jest.setTimeout(120_000);

/* eslint-disable @typescript-eslint/no-require-imports */
const protoutil = require("@pulumi/policy/protoutil") as {
  convertEnforcementLevel(level: number): string;
  makeAnalyzerInfo(name: string, version: string, level: string, args: { policies: unknown[] }): analyzerPb.AnalyzerInfo;
};
const deserialize = require("@pulumi/policy/deserialize") as {
  deserializeProperties(struct: Struct, proxySecrets: boolean): Record<string, unknown>;
};

type Handler<Req, Res> = (call: { request: Req }, callback: (error: unknown, response?: Res) => void) => void;

function send<Req, Res>(handler: Handler<Req, Res>, request: Req): Promise<Res> {
  return new Promise((resolve, reject) =>
    handler({ request }, (error, response) => (error || response === undefined ? reject(error ?? new Error("no response")) : resolve(response))),
  );
}

/** A fresh copy of a request, as each side would decode it from the same bytes. */
function copy<T extends { serializeBinary(): Uint8Array }>(request: T, decode: (bytes: Uint8Array) => T): T {
  return decode(request.serializeBinary());
}

/** What ocs-guard's served service definition hands its Analyze and AnalyzeStack handlers: the bytes. */
const bytesOf = (request: { serializeBinary(): Uint8Array }): Uint8Array =>
  analyzerService.analyzeStack.requestDeserialize(Buffer.from(request.serializeBinary()));

function ours(policies: readonly OcsPolicy[]): AnalyzerHandlers {
  return analyzerHandlers({
    name: PACK.name,
    version: PACK.version,
    describe: () => policies.map((p) => p.analyzerInfo),
    load: (identity) => loadedPack(identity, policies),
  });
}

interface Responses {
  sdk: analyzerPb.AnalyzeResponse.AsObject[];
  ours: analyzerPb.AnalyzeResponse.AsObject[];
}

/**
 * One preview's requests (every Analyze, then AnalyzeStack) through both, each after its own
 * Configure of `config`; the harness's queue keeps the SDK's configuration its own meanwhile.
 */
function bothSides(policies: readonly OcsPolicy[], resources: readonly EngineResource[], config: PackConfig = {}): Promise<Responses> {
  const analyzes = resources.map(analyzeRequest);
  const stack = analyzeStackRequest(resources);
  const sdkPolicies = policies.map((p) => p.policy);
  return alone(async () => {
    await configureNow(policies, config);
    const sdkAnalyze = sdkAnalyzeHandler(PACK.name, PACK.version, "advisory", sdkPolicies);
    const sdkStack = sdkAnalyzeStackHandler(PACK.name, PACK.version, "advisory", sdkPolicies);
    const sdk: analyzerPb.AnalyzeResponse.AsObject[] = [];
    for (const request of analyzes) sdk.push((await callHandler(sdkAnalyze, copy(request, analyzerPb.AnalyzeRequest.deserializeBinary))).toObject());
    sdk.push((await callHandler(sdkStack, copy(stack, analyzerPb.AnalyzeStackRequest.deserializeBinary))).toObject());

    const server = ours(policies);
    await send(server.configure, configureRequest(policies, config));
    const answered: analyzerPb.AnalyzeResponse.AsObject[] = [];
    for (const request of analyzes) answered.push((await send(server.analyze, bytesOf(request))).toObject());
    answered.push((await send(server.analyzeStack, bytesOf(stack))).toObject());
    return { sdk, ours: answered };
  });
}

const diagnosticsOf = (responses: analyzerPb.AnalyzeResponse.AsObject[]) => responses.flatMap((r) => r.diagnosticsList);

function violating(mutate: (spec: ReferenceSpec) => void): EngineResource[] {
  const spec = referenceSpec();
  mutate(spec);
  return compliantResources(spec);
}

describe("ocs-guard's analyzer answers as @pulumi/policy's handlers do", () => {
  it("on the compliant reference topology: no diagnostic from either", async () => {
    const { sdk, ours: answered } = await bothSides(allPolicies, compliantResources());
    expect(answered).toEqual(sdk);
    expect(diagnosticsOf(answered)).toEqual([]);
  });

  it.each(violationExamples.map((e) => [e.id, e] as const))("on violation example %s", async (_id, example) => {
    const resources = violating(example.mutate);
    const { sdk, ours: answered } = await bothSides(allPolicies, resources);
    expect(answered).toEqual(sdk);
    expect(diagnosticsOf(answered).map((d) => d.policyname)).toContain(example.policy);
  });

  it("with values unknown during preview: the same not-verifiable notes, worded as the SDK words them", async () => {
    const resources = compliantResources();
    const med = resourceNamed(resources, "med-redmond");
    med.props = { ...med.props, internal: { ...(med.props.internal as object), fqdn: UNKNOWN }, external: UNKNOWN };
    const edge = resourceNamed(resources, "edge-redmond");
    edge.props = { ...edge.props, accessEdge: UNKNOWN };
    const { sdk, ours: answered } = await bothSides(allPolicies, resources);
    expect(answered).toEqual(sdk);
    const notes = diagnosticsOf(answered).filter((d) => d.message.includes("during preview: not verifiable until update:"));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes[0]?.message).toMatch(/^can't run policy '[a-z0-9-]+' from policy pack 'ocs-guard@v0\.1\.0' during preview: /);
    expect(notes.every((d) => d.enforcementlevel === analyzerPb.EnforcementLevel.ADVISORY && d.urn === "")).toBe(true);
  });

  it("with every value of a violating topology sent as a secret: the same messages, no secret in them", async () => {
    const example = violationExamples.find((e) => e.id === "OCS-GW-4");
    if (!example) throw new Error("no OCS-GW-4 example");
    const resources = violating(example.mutate).map((r) => ({ ...r, props: everyLeafSecret(r.props) as Record<string, unknown> }));
    const { sdk, ours: answered } = await bothSides(allPolicies, resources);
    expect(answered).toEqual(sdk);
    expect(diagnosticsOf(answered).some((d) => d.message.includes("[secret]"))).toBe(true);
  });

  it("with a configuration: exceptions, waivers that need one, a disabled policy, a re-levelled one", async () => {
    const gw4 = violationExamples.find((e) => e.id === "OCS-GW-4");
    const enc1 = violationExamples.find((e) => e.id === "OCS-ENC-1");
    if (!gw4 || !enc1) throw new Error("missing violation examples");
    const expires = latestExpiry(new Date(), 30);
    const resources = violating((spec) => {
      gw4.mutate(spec);
      enc1.mutate(spec);
      const med = spec.mediationServers.find((m) => m.name === gw4.resource);
      if (med) med.args.waivers = [{ policy: gw4.policy, justification: "The lab has one network card until March.", owner: "voice-team", expires }];
    });
    const config: PackConfig = {
      [EXCEPTIONS_POLICY]: {
        requireConfiguredExceptions: true,
        exceptions: [
          { policy: enc1.policy, resource: "se-*", justification: "The certificate is renewed this week.", owner: "pki-team", expires },
          { policy: "no-such-policy", resource: "med-redmond", justification: "Nothing.", owner: "nobody", expires },
        ],
      },
      "mediation-server-configure-internal-port": { enforcementLevel: "disabled" },
      "server-require-tls-signaling": { enforcementLevel: "advisory" },
    };
    const { sdk, ours: answered } = await bothSides(allPolicies, resources, config);
    expect(answered).toEqual(sdk);
    expect(diagnosticsOf(answered).map((d) => d.policyname)).toContain(EXCEPTIONS_POLICY);
  });

  it("refuses the configuration the SDK-served pack refuses, with the same sentence", async () => {
    const bad: PackConfig = { "mediation-server-configure-internal-port": { expectedPort: "5061", exepctedPort: 1 } };
    const sdkRefusal = await alone(() => configureNow(allPolicies, bad).then(() => "accepted", (e: Error) => e.message));
    const server = ours(allPolicies);
    const refusal = await send(server.configure, configureRequest(allPolicies, bad)).then(
      () => "accepted",
      (e: { code: number; details: string }) => `${e.code}: ${e.details}`,
    );
    expect(sdkRefusal).not.toBe("accepted");
    expect(refusal).toBe(`3: ${sdkRefusal}`);
  });

  it("fails a request whose rule fails, naming the policy and the pack as the SDK does", async () => {
    const failing = stackPolicy({
      name: "contract-failing-rule",
      requirements: ["OCS-RISK-1"],
      description: "Fails.",
      severity: "low",
      enforcementLevel: "advisory",
      appliesTo: [],
      seed: allPolicies[0]?.info.seed ?? { document: "000", section: "", text: "" },
      remediationSteps: "None.",
      check() {
        throw new Error("the rule broke");
      },
    });
    const stack = analyzeStackRequest(compliantResources());
    const sdkError = await alone(async () => {
      await configureNow([failing]);
      const handler = sdkAnalyzeStackHandler(PACK.name, PACK.version, "advisory", [failing.policy]);
      return callHandler(handler, copy(stack, analyzerPb.AnalyzeStackRequest.deserializeBinary)).then(() => undefined, (e: Error) => e);
    });
    const ourError = await send(ours([failing]).analyzeStack, bytesOf(stack)).then(
      () => undefined,
      (e: Error) => e,
    );
    const head = "Error validating resource with policy 'contract-failing-rule' from policy pack 'ocs-guard@v0.1.0':\nError: the rule broke";
    expect(sdkError?.message.startsWith(head)).toBe(true);
    expect(ourError?.message.startsWith(head)).toBe(true);
  });

  it("describes the pack as the SDK does (GetAnalyzerInfo) and reports the SDK's version (GetPluginInfo)", async () => {
    const server = ours(allPolicies);
    const info = await send(server.getAnalyzerInfo, undefined);
    const sdkInfo = protoutil.makeAnalyzerInfo(PACK.name, PACK.version, "advisory", { policies: allPolicies.map((p) => p.policy) });
    expect(info.toObject()).toEqual(sdkInfo.toObject());
    const plugin = await send(server.getPluginInfo, undefined);
    expect(plugin.getVersion()).toBe(sdkVersion());
    expect(sdkVersion()).toBe((require("@pulumi/policy/version") as { version: string }).version);
  });
});

describe("the wire conversions of sdk-wire.ts", () => {
  it("read enforcement levels as the SDK reads them, and write them back", () => {
    for (const code of Object.values(analyzerPb.EnforcementLevel).filter((c): c is analyzerPb.EnforcementLevel => typeof c === "number")) {
      expect(levelName(code)).toBe(protoutil.convertEnforcementLevel(code));
      expect(levelCode(levelName(code))).toBe(code);
    }
    expect(() => levelName(99)).toThrow("Unknown enforcement level 99.");
    expect(() => protoutil.convertEnforcementLevel(99)).toThrow("Unknown enforcement level 99.");
  });

  it("read a request's props from its bytes in one pass as the SDK deserialises them, with the secret paths its tap records and the unknowns noted", () => {
    const wire = {
      plain: "visible",
      n: 5,
      fraction: -0.25,
      flag: true,
      none: null,
      empty: {},
      later: UNKNOWN,
      nested: { deep: [1, { s: everyLeafSecret("hidden") }], whole: everyLeafSecret({ a: "x", b: ["y"] }) },
      list: ["a", everyLeafSecret("b"), []],
      zebra: "é ünïcödé ✓",
      alpha: 1e21,
    };
    const struct = Struct.fromJavaScript(wire as never);
    const request = new analyzerPb.AnalyzeRequest();
    request.setType("ocs:test:Thing");
    request.setName("thing");
    request.setUrn("urn:pulumi:test::ocs::ocs:test:Thing::thing");
    request.setProperties(struct);
    request.setOptions(new analyzerPb.AnalyzerResourceOptions());
    const read = readAnalyzeRequest(request.serializeBinary());
    const sdkProps = deserialize.deserializeProperties(struct, false);
    expect(read.props).toEqual(sdkProps);
    expect(JSON.stringify(read.props)).toBe(JSON.stringify(sdkProps));
    expect(read.secretPaths).toEqual(secretPathsOnWire(struct.toJavaScript()));
    expect(read).toMatchObject({ type: "ocs:test:Thing", name: "thing", urn: "urn:pulumi:test::ocs::ocs:test:Thing::thing", parent: "", hasUnknowns: true });
    request.setProperties(Struct.fromJavaScript({ a: "b" }));
    expect(readAnalyzeRequest(request.serializeBinary()).hasUnknowns).toBe(false);
  });

  it("read an AnalyzeStack request's resources one at a time, each with its parent", () => {
    const resources = compliantResources().slice(0, 3);
    const request = analyzeStackRequest(resources);
    const read = readAnalyzeStackRequest(request.serializeBinary(), (r) => r);
    expect(read.map((r) => [r.type, r.name, r.urn, r.parent])).toEqual(
      request.getResourcesList().map((r) => [r.getType(), r.getName(), r.getUrn(), r.getParent()]),
    );
    expect(read.map((r) => r.props)).toEqual(request.getResourcesList().map((r) => deserialize.deserializeProperties(r.getProperties() as Struct, false)));
  });

  it("refuse a value of no kind as Struct.toJavaScript does", () => {
    const struct = new Struct();
    struct.getFieldsMap().set("broken", new Value());
    const request = new analyzerPb.AnalyzeRequest();
    request.setProperties(struct);
    expect(() => struct.toJavaScript()).toThrow("Unexpected struct type");
    expect(() => readAnalyzeRequest(request.serializeBinary())).toThrow("Unexpected struct type");
  });
});
