/**
 * The adapters around @pulumi/policy and the analyzer's wire types, each on its own: conversions,
 * the Configure tap's choice of service and its refusals, the deserialiser tap's cache, and the
 * handler helper. Modules that patch a shared prototype or module are loaded in a registry of their
 * own (jest.isolateModules), so each test patches its own copy and the rest of the run is untouched.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import type * as grpcTypes from "@grpc/grpc-js";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import type * as sdkConfigureTypes from "../../../policies/framework/sdk-configure";
import { callHandler, type SdkHandler } from "../../../policies/framework/sdk-handlers";
import type * as sdkInternalsTypes from "../../../policies/framework/sdk-internals";
import { secretPathsOnWire, specialSecretSig, specialSigKey } from "../../../policies/framework/sdk-internals";
import {
  analyzerGrpc,
  analyzerService,
  type EnforcementLevel,
  levelCode,
  levelName,
  readConfigureRequest,
  type Severity,
  severityCode,
  sdkVersion,
} from "../../../policies/framework/sdk-wire";

const secret = (value: unknown) => ({ [specialSigKey]: specialSecretSig, value });

describe("enforcement levels and severities on the wire", () => {
  it.each([
    ["advisory", analyzerPb.EnforcementLevel.ADVISORY],
    ["mandatory", analyzerPb.EnforcementLevel.MANDATORY],
    ["remediate", analyzerPb.EnforcementLevel.REMEDIATE],
    ["disabled", analyzerPb.EnforcementLevel.DISABLED],
  ] as [EnforcementLevel, number][])("writes and reads %s as code %i", (level, code) => {
    expect(levelCode(level)).toBe(code);
    expect(levelName(code)).toBe(level);
  });

  it("refuses a level code it does not know", () => {
    expect(() => levelName(99)).toThrow(new Error("Unknown enforcement level 99."));
  });

  it.each([
    ["low", analyzerPb.PolicySeverity.POLICY_SEVERITY_LOW],
    ["medium", analyzerPb.PolicySeverity.POLICY_SEVERITY_MEDIUM],
    ["high", analyzerPb.PolicySeverity.POLICY_SEVERITY_HIGH],
    ["critical", analyzerPb.PolicySeverity.POLICY_SEVERITY_CRITICAL],
  ] as [Severity, number][])("writes severity %s as code %i", (severity, code) => {
    expect(severityCode(severity)).toBe(code);
  });

  it("reports the SDK's own version", () => {
    expect(sdkVersion()).toBe((require("@pulumi/policy/version") as { version: string }).version);
    expect(sdkVersion()).toMatch(/^1\.21\.\d+$/);
  });
});

describe("a Configure request as the pack reads it", () => {
  it("gives a policy sent without values an empty set of values, and the level apart", () => {
    const request = new analyzerPb.ConfigureAnalyzerRequest();
    const bare = new analyzerPb.PolicyConfig();
    bare.setEnforcementlevel(analyzerPb.EnforcementLevel.MANDATORY);
    request.getPolicyconfigMap().set("bare", bare);
    const full = new analyzerPb.PolicyConfig();
    full.setEnforcementlevel(analyzerPb.EnforcementLevel.ADVISORY);
    full.setProperties(Struct.fromJavaScript({ enforcementLevel: "mandatory", port: 5061 }));
    request.getPolicyconfigMap().set("full", full);
    expect(readConfigureRequest(request)).toEqual({
      bare: { enforcementLevel: "mandatory", properties: {} },
      full: { enforcementLevel: "advisory", properties: { port: 5061 } },
    });
  });
});

describe("the Analyzer service ocs-guard serves", () => {
  it("hands Analyze and AnalyzeStack the request's bytes, and keeps every other method as the SDK defines it", () => {
    const bytes = Buffer.from([1, 2, 3]);
    expect(analyzerService.analyze.requestDeserialize(bytes)).toBe(bytes);
    expect(analyzerService.analyzeStack.requestDeserialize(bytes)).toBe(bytes);
    expect(analyzerService.analyze.path).toBe(analyzerGrpc.AnalyzerService.analyze.path);
    expect(analyzerService.analyze.responseSerialize).toBe(analyzerGrpc.AnalyzerService.analyze.responseSerialize);
    expect(analyzerService.configure).toBe(analyzerGrpc.AnalyzerService.configure);
    expect(Object.keys(analyzerService).sort()).toEqual(Object.keys(analyzerGrpc.AnalyzerService).sort());
  });
});

describe("callHandler", () => {
  const handler =
    (error: unknown, response?: analyzerPb.AnalyzeResponse): SdkHandler =>
    (_call, callback) =>
      callback(error, response);

  it("resolves with the handler's response and passes it the request", async () => {
    const response = new analyzerPb.AnalyzeResponse();
    const seen: unknown[] = [];
    await expect(
      callHandler((call, callback) => {
        seen.push(call.request);
        callback(null, response);
      }, "request"),
    ).resolves.toBe(response);
    expect(seen).toEqual(["request"]);
  });

  it("rejects with the handler's error, or says there was no response", async () => {
    const error = new Error("refused");
    await expect(callHandler(handler(error, new analyzerPb.AnalyzeResponse()), {})).rejects.toBe(error);
    await expect(callHandler(handler(null), {})).rejects.toThrow("no response");
  });
});

describe("secret marks on the wire", () => {
  it("are found at every depth, in lists too, and a secret container is one path", () => {
    const wire = { a: "x", b: secret("s"), c: [1, secret(2), [secret(3)]], d: { e: secret({ f: "g" }) }, n: null };
    expect(secretPathsOnWire(wire)).toEqual([["b"], ["c", 1], ["c", 2, 0], ["d", "e"]]);
    expect(secretPathsOnWire(secret("x"))).toEqual([[]]);
    expect(secretPathsOnWire("plain")).toEqual([]);
    expect(secretPathsOnWire({ [specialSigKey]: "another signature", value: "x" })).toEqual([]);
  });
});

describe("the deserialiser tap", () => {
  type Deserialize = (struct: { toJavaScript(): Record<string, unknown> }, proxySecrets: boolean) => Record<string, unknown>;

  function loadTapped() {
    const recorded: [object, unknown][] = [];
    let deserializer: { deserializeProperties: Deserialize } | undefined;
    // The tap requires the deserialiser when it is installed: inside the registry, so it taps this copy.
    jest.isolateModules(() => {
      const internals = require("../../../policies/framework/sdk-internals") as typeof sdkInternalsTypes;
      internals.tapDeserializedProps((props, paths) => recorded.push([props, paths]));
      deserializer = require("@pulumi/policy/deserialize") as { deserializeProperties: Deserialize };
    });
    const tapped = deserializer;
    if (!tapped) throw new Error("modules not loaded");
    return { deserialize: (struct: Parameters<Deserialize>[0], proxySecrets: boolean) => tapped.deserializeProperties(struct, proxySecrets), recorded };
  }

  it("records each props object with its secret paths, and hands back the SDK's props unwrapped", () => {
    const { deserialize, recorded } = loadTapped();
    const struct = { toJavaScript: () => ({ ip: secret("10.0.0.1"), port: 5061 }) };
    const props = deserialize(struct, false);
    expect(props).toEqual({ ip: "10.0.0.1", port: 5061 });
    expect(recorded).toEqual([[props, [["ip"]]]]);
  });

  it("decodes a Struct once and shares the props, but not when secrets are to be kept as proxies", () => {
    const { deserialize, recorded } = loadTapped();
    let conversions = 0;
    const struct = {
      toJavaScript: () => {
        conversions++;
        return { ip: secret("10.0.0.1") };
      },
    };
    const first = deserialize(struct, false);
    expect(deserialize(struct, false)).toBe(first);
    expect(conversions).toBe(1);
    expect(recorded).toHaveLength(1);

    const proxied = deserialize(struct, true);
    expect(proxied).not.toBe(first);
    expect(deserialize(struct, true)).not.toBe(proxied);
    expect(conversions).toBe(3);
    expect(recorded).toHaveLength(3);
  });
});

describe("the Configure tap", () => {
  interface Registry {
    tap: typeof sdkConfigureTypes;
    grpc: typeof grpcTypes;
    analyzerService: unknown;
    policyServer: { serve: (...args: unknown[]) => void };
  }

  /**
   * Runs `body` in a registry of its own. The tap loads the SDK on first use, and a module loaded
   * lazily after jest.isolateModules returns would come from the shared registry: so the tap is
   * used inside it.
   */
  function inRegistry(body: (registry: Registry) => void): void {
    jest.isolateModules(() => {
      const policyDir = require("node:path").dirname(require.resolve("@pulumi/policy")) as string;
      body({
        tap: require("../../../policies/framework/sdk-configure") as typeof sdkConfigureTypes,
        grpc: require(require.resolve("@grpc/grpc-js", { paths: [policyDir] })) as typeof grpcTypes,
        analyzerService: (require(require.resolve("@pulumi/pulumi/proto/analyzer_grpc_pb", { paths: [policyDir] })) as { AnalyzerService: unknown })
          .AnalyzerService,
        policyServer: require("@pulumi/policy/server") as Registry["policyServer"],
      });
    });
  }

  it("wraps the Configure of the analyzer service only, and tells whether one was registered", () => {
    inRegistry(({ tap, grpc, analyzerService }) => {
      const prototype = grpc.Server.prototype as unknown as { addService: (...args: unknown[]) => void };
      const added: [unknown, Record<string, unknown>][] = [];
      prototype.addService = (service, implementation) => {
        added.push([service, implementation as Record<string, unknown>]);
      };
      const registered = tap.installConfigureTap(() => undefined);
      const server = new grpc.Server() as unknown as { addService(service: unknown, implementation: object): void };
      const configure = () => undefined;
      const other = { configure };
      server.addService({ other: true }, other);
      expect(registered()).toBe(false);
      server.addService(analyzerService, { analyze: configure });
      expect(registered()).toBe(false);
      expect(added[0]?.[1]).toBe(other);
      expect(added[1]?.[1]).toEqual({ analyze: configure });

      server.addService(analyzerService, { configure, analyze: configure });
      expect(registered()).toBe(true);
      const wrapped = added[2]?.[1];
      expect(added[2]?.[0]).toBe(analyzerService);
      expect(wrapped?.analyze).toBe(configure);
      expect(wrapped?.configure).not.toBe(configure);
      expect(typeof wrapped?.configure).toBe("function");
    });
  });

  it("refuses with the receiver's sentence, or with why the request could not be read, and else calls the SDK's handler", () => {
    let handler: sdkConfigureTypes.UnaryHandler | undefined;
    let refused = 0;
    inRegistry(({ tap }) => {
      handler = tap.tappedSdkConfigure((config) => (config.p?.properties.refuse === true ? "Refused." : undefined));
      refused = tap.REFUSED;
    });
    if (!handler) throw new Error("no handler");
    expect(refused).toBe(3);
    const request = (properties: Record<string, unknown>) => {
      const r = new analyzerPb.ConfigureAnalyzerRequest();
      const entry = new analyzerPb.PolicyConfig();
      entry.setEnforcementlevel(analyzerPb.EnforcementLevel.ADVISORY);
      entry.setProperties(Struct.fromJavaScript(properties as never));
      r.getPolicyconfigMap().set("p", entry);
      return r;
    };
    const failingMap = (thrown: unknown) => ({
      getPolicyconfigMap: () => ({
        forEach: () => {
          throw thrown;
        },
      }),
    });
    const answers: unknown[][] = [];
    const answer = (...args: unknown[]) => answers.push(args);
    handler({ request: request({ refuse: true }) }, answer);
    handler({ request: failingMap(new Error("bad bytes")) }, answer);
    handler({ request: failingMap("not an Error") }, answer);
    expect(answers).toEqual([
      [{ code: 3, details: "Refused." }],
      [{ code: 3, details: "The policy pack could not read its configuration: bad bytes" }],
      [{ code: 3, details: "The policy pack could not read its configuration: not an Error" }],
    ]);
    answers.length = 0;
    handler({ request: request({ refuse: false }) }, answer);
    expect(answers).toHaveLength(1);
    expect(answers[0]?.[0] ?? null).toBeNull();
    expect(answers[0]?.[1]).toBeDefined();
  });

  it.each([
    ["after finding the SDK's handler", undefined, undefined],
    ["when the SDK registers no Configure handler, saying so", () => undefined, "@pulumi/policy registered no analyzer Configure handler."],
    [
      "when the SDK's serve fails",
      () => {
        throw new Error("serve failed");
      },
      "serve failed",
    ],
  ] as [string, (() => void) | undefined, string | undefined][])("puts the gRPC server back %s", (_case, serve, failure) => {
    inRegistry(({ tap, grpc, policyServer }) => {
      const prototype = grpc.Server.prototype;
      const { addService, bindAsync } = prototype;
      if (serve !== undefined) policyServer.serve = serve;
      const find = () => tap.tappedSdkConfigure(() => undefined);
      if (failure === undefined) expect(typeof find()).toBe("function");
      else expect(find).toThrow(new Error(failure));
      expect(prototype.addService).toBe(addService);
      expect(prototype.bindAsync).toBe(bindAsync);
    });
  });

  it("never lets the SDK's server listen while its handler is found", async () => {
    let listened = false;
    let bindDuringServe: unknown;
    let realBind: unknown;
    inRegistry(({ tap, grpc, policyServer }) => {
      const serve = policyServer.serve;
      realBind = grpc.Server.prototype.bindAsync;
      policyServer.serve = (...args: unknown[]) => {
        bindDuringServe = grpc.Server.prototype.bindAsync;
        const server = new grpc.Server();
        (server.bindAsync as unknown as (...a: unknown[]) => void)("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), () => {
          listened = true;
          server.forceShutdown();
        });
        serve(...args);
      };
      tap.tappedSdkConfigure(() => undefined);
    });
    // A real bind answers on a later turn of the event loop; give it several.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bindDuringServe).not.toBe(realBind);
    expect(listened).toBe(false);
  });
});
