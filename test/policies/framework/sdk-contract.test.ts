/**
 * The contract between policies/framework/sdk-internals.ts and the @pulumi/policy it is built on.
 * Each case drives the SDK's own RPC handlers; if a new @pulumi/policy changes one of the internals
 * we rely on, a case here fails and names it, rather than a rule quietly misjudging (or printing a
 * secret) in a user's preview. The Configure tap (sdk-configure.ts) is covered at the end: over the
 * wire on the SDK's own gRPC server, and in-process as the harness uses it.
 */
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type * as grpcTypes from "@grpc/grpc-js";
import type * as analyzerGrpcTypes from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import type { PolicyResource, ResourceValidationArgs, ResourceValidationPolicy, StackValidationArgs } from "@pulumi/policy";
import type * as sdkConfigureTypes from "../../../policies/framework/sdk-configure";
import { secretPathsOf, tapSdkSecrets } from "../../../policies/framework/secrets";
import {
  getSpecialProxyTarget,
  type PropsPath,
  specialSecretSig,
  specialSigKey,
  unknownStringValue,
} from "../../../policies/framework/sdk-internals";
import { secret } from "../../harness/engine";

/* eslint-disable @typescript-eslint/no-require-imports */
type RpcFun = (call: { request: unknown }, callback: (err: unknown, resp?: analyzerPb.AnalyzeResponse) => void) => void;
const server = require("@pulumi/policy/server") as {
  makeAnalyzeRpcFun(name: string, version: string, level: string, policies: unknown[]): RpcFun;
  makeAnalyzeStackRpcFun(name: string, version: string, level: string, policies: unknown[]): RpcFun;
};

// The tap is installed when an ocs-guard policy's SDK object is first built; these cases hand the
// SDK policy objects of their own.
tapSdkSecrets();

function call(fun: RpcFun, request: unknown): Promise<analyzerPb.AnalyzeResponse> {
  return new Promise((resolve, reject) => fun({ request }, (err, resp) => (err || !resp ? reject(err ?? new Error("no response")) : resolve(resp))));
}

const onWire = {
  address: secret("10.7.7.7"),
  port: secret(5099),
  plain: "visible",
  edge: { fqdn: secret("edge.example.test"), port: 443 },
  list: ["a", secret("b")],
  whole: secret({ user: "svc", group: "g" }),
};
const plainProps = {
  address: "10.7.7.7",
  port: 5099,
  plain: "visible",
  edge: { fqdn: "edge.example.test", port: 443 },
  list: ["a", "b"],
  whole: { user: "svc", group: "g" },
};
// The Struct orders the keys.
const expectedPaths: PropsPath[] = [["address"], ["edge", "fqdn"], ["list", 1], ["port"], ["whole"]];

function analyzeRequest(): analyzerPb.AnalyzeRequest {
  const req = new analyzerPb.AnalyzeRequest();
  req.setType("ocs:test:Thing");
  req.setName("thing");
  req.setUrn("urn:pulumi:test::ocs::ocs:test:Thing::thing");
  req.setProperties(Struct.fromJavaScript(onWire as never));
  req.setOptions(new analyzerPb.AnalyzerResourceOptions());
  return req;
}

describe("the secret-paths tap on @pulumi/policy's deserialiser", () => {
  it("sees the secrets of every props object Analyze hands a resource policy, and the props stay the SDK's own", async () => {
    const seen: { paths: readonly PropsPath[] | undefined; props: unknown }[] = [];
    const policy = {
      name: "p",
      description: "p",
      enforcementLevel: "mandatory",
      validateResource: (args: ResourceValidationArgs) => void seen.push({ paths: secretPathsOf(args.props), props: { ...args.props } }),
    };
    await call(server.makeAnalyzeRpcFun("pack", "1.0.0", "mandatory", [policy, { ...policy, name: "q" }]), analyzeRequest());
    // If the SDK stopped reading deserializeProperties through its module export, no paths are known here.
    expect(seen).toHaveLength(2);
    for (const s of seen) {
      expect(s.paths).toEqual(expectedPaths);
      expect(s.props).toEqual(plainProps);
    }
  });

  it("sees the secrets of every resource AnalyzeStack hands a stack policy", async () => {
    const req = new analyzerPb.AnalyzeStackRequest();
    req.setResourcesList(
      ["one", "two"].map((name) => {
        const r = new analyzerPb.AnalyzerResource();
        r.setType("ocs:test:Thing");
        r.setName(name);
        r.setUrn(`urn:pulumi:test::ocs::ocs:test:Thing::${name}`);
        r.setProperties(Struct.fromJavaScript((name === "one" ? onWire : plainProps) as never));
        r.setOptions(new analyzerPb.AnalyzerResourceOptions());
        return r;
      }),
    );
    let resources: PolicyResource[] = [];
    const policy = {
      name: "s",
      description: "s",
      enforcementLevel: "mandatory",
      validateStack: (args: StackValidationArgs) => void (resources = args.resources),
    };
    await call(server.makeAnalyzeStackRpcFun("pack", "1.0.0", "mandatory", [policy]), req);
    expect(resources.map((r) => secretPathsOf(r.props))).toEqual([expectedPaths, []]);
    expect(resources.map((r) => ({ ...r.props }))).toEqual([plainProps, plainProps]);
  });
});

describe("the wire constants written out in sdk-internals.ts", () => {
  it("are @pulumi/pulumi's own secret signature", () => {
    const rpc = require("@pulumi/pulumi/runtime/rpc") as { specialSigKey: string; specialSecretSig: string };
    expect({ specialSigKey, specialSecretSig }).toEqual({ specialSigKey: rpc.specialSigKey, specialSecretSig: rpc.specialSecretSig });
  });
});

describe("the unknown-value internals", () => {
  it("hands policies props behind a proxy whose target is the deserialised object, with the SDK's unknown sentinel", async () => {
    const req = analyzeRequest();
    req.setProperties(Struct.fromJavaScript({ known: "x", later: unknownStringValue } as never));
    let target: unknown;
    let thrown: unknown;
    const policy = {
      name: "p",
      description: "p",
      enforcementLevel: "mandatory",
      validateResource: (args: ResourceValidationArgs) => {
        target = (args.props as Record<string, unknown>)[getSpecialProxyTarget];
        try {
          void args.props.later;
        } catch (error) {
          thrown = error;
          throw error;
        }
      },
    };
    const resp = await call(server.makeAnalyzeRpcFun("pack", "1.0.0", "mandatory", [policy]), req);
    expect(target).toEqual({ known: "x", later: unknownStringValue });
    expect(thrown).toBeInstanceOf(Error);
    expect(resp.getDiagnosticsList()[0]?.getMessage()).toMatch(/can't run policy 'p'/);
  });
});

type PbModule = typeof analyzerPb;

function configureRequest(pb: PbModule, entries: Record<string, { level: analyzerPb.EnforcementLevel; properties: Record<string, unknown> }>) {
  const request = new pb.ConfigureAnalyzerRequest();
  for (const [name, { level, properties }] of Object.entries(entries)) {
    const config = new pb.PolicyConfig();
    config.setEnforcementlevel(level);
    config.setProperties(Struct.fromJavaScript(properties as never));
    request.getPolicyconfigMap().set(name, config);
  }
  return request;
}

function mediationAnalyzeRequest(pb: PbModule) {
  const request = new pb.AnalyzeRequest();
  request.setType("ocs:voice:MediationServer");
  request.setName("med-1");
  request.setUrn("urn:pulumi:test::ocs::ocs:voice:MediationServer::med-1");
  request.setProperties(Struct.fromJavaScript({}));
  request.setOptions(new pb.AnalyzerResourceOptions());
  return request;
}

/** A policy that records the configuration the SDK gives it and reports one violation. */
function recordingPolicy(seen: Record<string, unknown>[]): ResourceValidationPolicy {
  return {
    name: "contract-policy",
    description: "Contract.",
    enforcementLevel: "advisory",
    validateResource: (args, report) => {
      seen.push(args.getConfig());
      report("found");
    },
  };
}

describe("the Configure tap on the SDK's own gRPC server, over the wire", () => {
  let server: grpcTypes.Server | undefined;
  let client: analyzerGrpcTypes.AnalyzerClient | undefined;
  afterAll(() => {
    client?.close();
    server?.forceShutdown();
  });

  it("sees each Configure before the SDK, refuses with the receiver's sentence, and leaves the SDK's configuration to what it accepted", async () => {
    // A registry of its own: the SDK serves one pack per module instance.
    let modules: {
      tap: typeof sdkConfigureTypes;
      grpc: typeof grpcTypes;
      pb: PbModule;
      rpc: typeof analyzerGrpcTypes;
      serve: (name: string, version: string, level: string, args: { policies: unknown[] }) => void;
    } | undefined;
    const received: sdkConfigureTypes.ReceivedConfiguration[] = [];
    let registered: (() => boolean) | undefined;
    jest.isolateModules(() => {
      modules = {
        tap: require("../../../policies/framework/sdk-configure") as typeof sdkConfigureTypes,
        grpc: require("@grpc/grpc-js") as typeof grpcTypes,
        pb: require("@pulumi/pulumi/proto/analyzer_pb") as PbModule,
        rpc: require("@pulumi/pulumi/proto/analyzer_grpc_pb") as typeof analyzerGrpcTypes,
        serve: (require("@pulumi/policy/server") as { serve: NonNullable<typeof modules>["serve"] }).serve,
      };
      // The tap loads the SDK on first use: here, so that it is this registry's SDK.
      registered = modules.tap.installConfigureTap((config) => {
        received.push(config);
        return config["contract-policy"]?.properties.refuse === true ? "The configuration is refused." : undefined;
      });
    });
    if (!modules || !registered) throw new Error("modules not loaded");
    const { grpc, pb, rpc, serve } = modules;

    const bindAsync = grpc.Server.prototype.bindAsync;
    const bound = jest.spyOn(grpc.Server.prototype, "bindAsync").mockImplementation(function (this: grpcTypes.Server, ...args) {
      // The SDK keeps no handle on its server; this one is kept to shut it down after the test.
      server = this; // eslint-disable-line @typescript-eslint/no-this-alias
      return bindAsync.apply(this, args);
    });
    const port = new Promise<string>((resolve) => jest.spyOn(console, "log").mockImplementationOnce((p: unknown) => resolve(String(p))));
    const seen: Record<string, unknown>[] = [];
    serve("contract-pack", "1.0.0", "advisory", { policies: [recordingPolicy(seen)] });
    bound.mockRestore();
    expect(registered()).toBe(true);

    client = new rpc.AnalyzerClient(`127.0.0.1:${await port}`, grpc.credentials.createInsecure());
    const live = client;
    const configure = (request: analyzerPb.ConfigureAnalyzerRequest) =>
      new Promise<grpcTypes.ServiceError | null>((resolve) => live.configure(request, (err) => resolve(err)));
    const analyze = () =>
      new Promise<analyzerPb.AnalyzeResponse>((resolve, reject) =>
        live.analyze(mediationAnalyzeRequest(pb), (err, resp) => (err ? reject(err) : resolve(resp))),
      );

    expect(await configure(configureRequest(pb, { "contract-policy": { level: pb.EnforcementLevel.MANDATORY, properties: { expectedPort: 5062 } } }))).toBeNull();
    expect(received).toEqual([{ "contract-policy": { enforcementLevel: "mandatory", properties: { expectedPort: 5062 } } }]);
    const first = await analyze();
    expect(seen).toEqual([{ expectedPort: 5062 }]);
    expect(first.getDiagnosticsList()[0]?.getEnforcementlevel()).toBe(pb.EnforcementLevel.MANDATORY);

    const refused = await configure(configureRequest(pb, { "contract-policy": { level: pb.EnforcementLevel.ADVISORY, properties: { refuse: true } } }));
    expect(refused?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(refused?.details).toBe("The configuration is refused.");
    await analyze();
    expect(seen[1]).toEqual({ expectedPort: 5062 });
  });
});

describe("the SDK's Configure handler in-process (the test harness's path)", () => {
  // A registry of its own: the harness this file imports already holds the SDK's one served pack.
  let tap: typeof sdkConfigureTypes | undefined;
  let pb: PbModule | undefined;
  let sdkServer: { makeAnalyzeRpcFun(name: string, version: string, level: string, policies: unknown[]): sdkConfigureTypes.UnaryHandler } | undefined;
  const received: sdkConfigureTypes.ReceivedConfiguration[] = [];
  let configure: sdkConfigureTypes.UnaryHandler | undefined;
  jest.isolateModules(() => {
    tap = require("../../../policies/framework/sdk-configure") as typeof sdkConfigureTypes;
    pb = require("@pulumi/pulumi/proto/analyzer_pb") as PbModule;
    sdkServer = require("@pulumi/policy/server") as NonNullable<typeof sdkServer>;
    // The tap loads the SDK on first use: here, so that it is this registry's SDK.
    configure = tap.tappedSdkConfigure((config) => {
      received.push(config);
      return undefined;
    });
  });

  it("is the SDK's own: what it accepts is what a policy's getConfig returns", async () => {
    const tapped = configure;
    if (!tap || !pb || !sdkServer || !tapped) throw new Error("modules not loaded");
    const request = configureRequest(pb, {
      "contract-policy": { level: pb.EnforcementLevel.DISABLED, properties: { list: ["a"], nested: { n: 1 } } },
      "other-policy": { level: pb.EnforcementLevel.ADVISORY, properties: { v: 2 } },
    });
    await new Promise<void>((resolve, reject) => tapped({ request }, (err) => (err ? reject(new Error(err.details)) : resolve())));
    expect(received).toEqual([
      {
        "contract-policy": { enforcementLevel: "disabled", properties: { list: ["a"], nested: { n: 1 } } },
        "other-policy": { enforcementLevel: "advisory", properties: { v: 2 } },
      },
    ]);

    const seen: Record<string, unknown>[] = [];
    const enabled = recordingPolicy(seen);
    const analyze = sdkServer.makeAnalyzeRpcFun("contract-pack", "1.0.0", "advisory", [enabled, { ...enabled, name: "other-policy" }]);
    const analyzeRequest = mediationAnalyzeRequest(pb);
    await new Promise<void>((resolve, reject) => analyze({ request: analyzeRequest }, (err) => (err ? reject(new Error(err.details)) : resolve())));
    // contract-policy is disabled by the configuration; the other policy gets its own values.
    expect(seen).toEqual([{ v: 2 }]);
  });

  it("reads a request as the SDK does, enforcement level apart from the values", () => {
    if (!tap || !pb) throw new Error("modules not loaded");
    const request = configureRequest(pb, {
      a: { level: pb.EnforcementLevel.REMEDIATE, properties: { enforcementLevel: "x", v: true } },
    });
    expect(tap.readConfigureRequest(request)).toEqual({ a: { enforcementLevel: "remediate", properties: { v: true } } });
  });
});
