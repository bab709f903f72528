/**
 * The contract with @pulumi/policy internals that policies/framework/sdk-*.ts rely on: if an SDK
 * upgrade breaks one, this file fails first and says which.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import type * as grpcTypes from "@grpc/grpc-js";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type * as analyzerGrpcTypes from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import type { ResourceValidationPolicy } from "@pulumi/policy";
import * as sdkConfigure from "../../../policies/framework/sdk-configure";

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

function analyzeRequest(pb: PbModule) {
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
      tap: typeof sdkConfigure;
      grpc: typeof grpcTypes;
      pb: PbModule;
      rpc: typeof analyzerGrpcTypes;
      serve: (name: string, version: string, level: string, args: { policies: unknown[] }) => void;
    } | undefined;
    jest.isolateModules(() => {
      modules = {
        tap: require("../../../policies/framework/sdk-configure") as typeof sdkConfigure,
        grpc: require("@grpc/grpc-js") as typeof grpcTypes,
        pb: require("@pulumi/pulumi/proto/analyzer_pb") as PbModule,
        rpc: require("@pulumi/pulumi/proto/analyzer_grpc_pb") as typeof analyzerGrpcTypes,
        serve: (require("@pulumi/policy/server") as { serve: NonNullable<typeof modules>["serve"] }).serve,
      };
    });
    if (!modules) throw new Error("modules not loaded");
    const { tap, grpc, pb, rpc, serve } = modules;

    const received: sdkConfigure.ReceivedConfiguration[] = [];
    const registered = tap.installConfigureTap((config) => {
      received.push(config);
      return config["contract-policy"]?.properties.refuse === true ? "The configuration is refused." : undefined;
    });
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
        live.analyze(analyzeRequest(pb), (err, resp) => (err ? reject(err) : resolve(resp))),
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
  it("is the SDK's own: what it accepts is what a policy's getConfig returns", async () => {
    const received: sdkConfigure.ReceivedConfiguration[] = [];
    const configure = sdkConfigure.tappedSdkConfigure((config) => {
      received.push(config);
      return undefined;
    });
    const request = configureRequest(analyzerPb, {
      "contract-policy": { level: analyzerPb.EnforcementLevel.DISABLED, properties: { list: ["a"], nested: { n: 1 } } },
      "other-policy": { level: analyzerPb.EnforcementLevel.ADVISORY, properties: { v: 2 } },
    });
    await new Promise<void>((resolve, reject) => configure({ request }, (err) => (err ? reject(new Error(err.details)) : resolve())));
    expect(received).toEqual([
      {
        "contract-policy": { enforcementLevel: "disabled", properties: { list: ["a"], nested: { n: 1 } } },
        "other-policy": { enforcementLevel: "advisory", properties: { v: 2 } },
      },
    ]);

    const server = require("@pulumi/policy/server") as {
      makeAnalyzeRpcFun(name: string, version: string, level: string, policies: unknown[]): sdkConfigure.UnaryHandler;
    };
    const seen: Record<string, unknown>[] = [];
    const enabled = recordingPolicy(seen);
    const analyze = server.makeAnalyzeRpcFun("contract-pack", "1.0.0", "advisory", [enabled, { ...enabled, name: "other-policy" }]);
    await new Promise<void>((resolve, reject) => analyze({ request: analyzeRequest(analyzerPb) }, (err) => (err ? reject(new Error(err.details)) : resolve())));
    // contract-policy is disabled by the configuration; the other policy gets its own values.
    expect(seen).toEqual([{ v: 2 }]);
  });

  it("reads a request as the SDK does, enforcement level apart from the values", () => {
    const request = configureRequest(analyzerPb, {
      a: { level: analyzerPb.EnforcementLevel.REMEDIATE, properties: { enforcementLevel: "x", v: true } },
    });
    expect(sdkConfigure.readConfigureRequest(request)).toEqual({ a: { enforcementLevel: "remediate", properties: { v: true } } });
  });
});
