/**
 * A tap on the analyzer's Configure RPC of @pulumi/policy 1.21.
 *
 * The SDK keeps the pack configuration private: its `configure` handler stores what the engine
 * sent in a module variable, and a policy's `getConfig` returns only its own entry. The handler is
 * reachable only where the SDK registers its gRPC service (`serve` calls `addService` on a
 * `@grpc/grpc-js` Server with the AnalyzerService definition), so the tap wraps that registration:
 * every Configure request is read and judged first, then handed to the SDK's own handler.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { dirname } from "node:path";
import type { ConfigureAnalyzerRequest } from "@pulumi/pulumi/proto/analyzer_pb";
import { readConfigureRequest, type ReceivedConfiguration } from "./sdk-wire";

export { readConfigureRequest, type ReceivedConfiguration, type ReceivedPolicyConfig } from "./sdk-wire";

/** Judges a configuration: returns why it is refused (one sentence per problem), or nothing to accept it. */
export type ConfigureReceiver = (config: ReceivedConfiguration) => string | undefined;

export interface GrpcError {
  code: number;
  details: string;
}
type Callback = (error: GrpcError | null | undefined, response?: unknown) => void;
export type UnaryHandler = (call: { request: unknown }, callback: Callback) => void;
type Implementation = Record<string, UnaryHandler>;

interface ServerPrototype {
  addService(service: unknown, implementation: Implementation): void;
  bindAsync(...args: unknown[]): void;
}

interface GrpcModule {
  Server: { prototype: ServerPrototype };
}

/** Status code of a refused configuration (gRPC's INVALID_ARGUMENT); the engine prints the details after "configuring policy pack". */
export const REFUSED = 3;

/**
 * The SDK's modules, loaded on first use: its server loads all of @pulumi/pulumi, which only a
 * pack served by the SDK (or the test harness) needs.
 */
function sdk() {
  return (sdkModules ??= loadSdk());
}
let sdkModules: ReturnType<typeof loadSdk> | undefined;

function loadSdk() {
  const policyDir = dirname(require.resolve("@pulumi/policy"));
  // The gRPC module and service definition exactly as the SDK resolves them.
  return {
    grpc: require(require.resolve("@grpc/grpc-js", { paths: [policyDir] })) as GrpcModule,
    analyzerGrpc: require(require.resolve("@pulumi/pulumi/proto/analyzer_grpc_pb", { paths: [policyDir] })) as { AnalyzerService: unknown },
    server: require("@pulumi/policy/server") as {
      serve(name: string, version: string, level: string, args: { policies: unknown[] }): void;
    },
  };
}

function tapped(configure: UnaryHandler, receive: ConfigureReceiver): UnaryHandler {
  return (call, callback) => {
    let refusal: string | undefined;
    try {
      refusal = receive(readConfigureRequest(call.request as ConfigureAnalyzerRequest));
    } catch (error) {
      refusal = `The policy pack could not read its configuration: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (refusal !== undefined) {
      callback({ code: REFUSED, details: refusal });
      return;
    }
    configure(call, callback);
  };
}

function isAnalyzer(service: unknown, implementation: Implementation, analyzerService: unknown): boolean {
  return service === analyzerService && typeof implementation.configure === "function";
}

/**
 * Makes every analyzer service registered from now on pass each Configure request through
 * `receive` before the SDK's handler. Returns a check that the SDK did register one, so the pack
 * can refuse to run when an SDK change bypassed the tap (its configuration would go unread).
 */
export function installConfigureTap(receive: ConfigureReceiver): () => boolean {
  const { grpc, analyzerGrpc } = sdk();
  const prototype = grpc.Server.prototype;
  const addService = prototype.addService;
  let registered = false;
  prototype.addService = function (this: unknown, service: unknown, implementation: Implementation) {
    if (isAnalyzer(service, implementation, analyzerGrpc.AnalyzerService)) {
      registered = true;
      const configure = implementation.configure as UnaryHandler;
      return addService.call(this, service, { ...implementation, configure: tapped(configure, receive) });
    }
    return addService.call(this, service, implementation);
  };
  return () => registered;
}

/**
 * The SDK's own Configure handler behind the tap, to drive policies in-process as the engine does
 * (the test harness): runs the SDK's service registration on a server that never listens. The SDK
 * serves one pack per module instance, so call this once and keep the handler.
 */
export function tappedSdkConfigure(receive: ConfigureReceiver): UnaryHandler {
  const { grpc, analyzerGrpc, server: sdkServer } = sdk();
  const prototype = grpc.Server.prototype;
  const { addService, bindAsync } = prototype;
  let configure: UnaryHandler | undefined;
  prototype.addService = (service: unknown, implementation: Implementation) => {
    // Stryker disable next-line ConditionalExpression: the SDK's serve registers the analyzer service and no other
    if (isAnalyzer(service, implementation, analyzerGrpc.AnalyzerService)) configure = implementation.configure;
  };
  prototype.bindAsync = () => undefined;
  try {
    // Stryker disable next-line StringLiteral,ObjectLiteral,ArrayDeclaration: the Configure handler the SDK registers does not depend on the pack its serve is told of
    sdkServer.serve("ocs-guard-in-process", "0.0.0", "advisory", { policies: [] });
  } finally {
    prototype.addService = addService;
    prototype.bindAsync = bindAsync;
  }
  if (configure === undefined) throw new Error("@pulumi/policy registered no analyzer Configure handler.");
  return tapped(configure, receive);
}
