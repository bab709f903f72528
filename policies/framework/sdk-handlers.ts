/**
 * @pulumi/policy's own Analyze and AnalyzeStack handlers (internals of its `server` module: the
 * functions its gRPC service runs), the reference behaviour that ocs-guard's analyzer server
 * (sdk-server.ts) answers like. The test harness, the benchmark and the contract test drive
 * policies through them in-process; loading them loads the SDK and all of @pulumi/pulumi, so they
 * are required on first use.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import type { AnalyzeResponse } from "@pulumi/pulumi/proto/analyzer_pb";

export type SdkHandler = (call: { request: unknown }, callback: (error: unknown, response?: AnalyzeResponse) => void) => void;

interface SdkServer {
  makeAnalyzeRpcFun(name: string, version: string, level: string, policies: unknown[]): SdkHandler;
  makeAnalyzeStackRpcFun(name: string, version: string, level: string, policies: unknown[]): SdkHandler;
}

const sdkServer = (): SdkServer => require("@pulumi/policy/server") as SdkServer;

/** The SDK's Analyze handler for a pack of `policies` (SDK policy objects) at the pack level `level`. */
export function sdkAnalyzeHandler(pack: string, version: string, level: string, policies: readonly unknown[]): SdkHandler {
  return sdkServer().makeAnalyzeRpcFun(pack, version, level, [...policies]);
}

/** The SDK's AnalyzeStack handler, likewise. */
export function sdkAnalyzeStackHandler(pack: string, version: string, level: string, policies: readonly unknown[]): SdkHandler {
  return sdkServer().makeAnalyzeStackRpcFun(pack, version, level, [...policies]);
}

/** Calls a handler as gRPC would; resolves with its response, rejects with its error. */
export function callHandler(handler: SdkHandler, request: unknown): Promise<AnalyzeResponse> {
  return new Promise((resolve, reject) =>
    handler({ request }, (error, response) => (error || !response ? reject(error ?? new Error("no response")) : resolve(response))),
  );
}
