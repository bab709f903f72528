/**
 * The analyzer's wire protocol as ocs-guard's own server speaks it (sdk-server.ts): the gRPC
 * module, the analyzer's protobuf messages and service, and the conversions @pulumi/policy 1.21
 * makes between them and plain values (enforcement levels, severities, the Configure request;
 * the requests' props are read from their bytes by sdk-request-bytes.ts). Every module comes from where @pulumi/pulumi resolves it, the copies
 * `run-policy-pack` has already loaded, so the service's own `instanceof` checks hold; nothing
 * here loads @pulumi/policy or @pulumi/pulumi's root. test/policies/framework/sdk-server.contract.test.ts
 * checks each conversion against the SDK's own.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { dirname } from "node:path";
import type * as GrpcModule from "@grpc/grpc-js";
import type * as AnalyzerGrpcModule from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import type * as AnalyzerPbModule from "@pulumi/pulumi/proto/analyzer_pb";
import type * as PluginPbModule from "@pulumi/pulumi/proto/plugin_pb";
import type * as EmptyPbModule from "google-protobuf/google/protobuf/empty_pb";
import type * as StructPbModule from "google-protobuf/google/protobuf/struct_pb";

const protoDir = dirname(require.resolve("@pulumi/pulumi/proto/analyzer_pb"));
const fromPulumi = (id: string): unknown => require(require.resolve(id, { paths: [protoDir] }));

export const grpc = fromPulumi("@grpc/grpc-js") as typeof GrpcModule;
export const analyzerPb = require("@pulumi/pulumi/proto/analyzer_pb") as typeof AnalyzerPbModule;
export const analyzerGrpc = require("@pulumi/pulumi/proto/analyzer_grpc_pb") as typeof AnalyzerGrpcModule;
export const pluginPb = require("@pulumi/pulumi/proto/plugin_pb") as typeof PluginPbModule;
export const structPb = fromPulumi("google-protobuf/google/protobuf/struct_pb") as typeof StructPbModule;
export const emptyPb = fromPulumi("google-protobuf/google/protobuf/empty_pb") as typeof EmptyPbModule;

/** The version @pulumi/policy reports for itself (GetPluginInfo); its module stands alone. */
export function sdkVersion(): string {
  return (require("@pulumi/policy/version") as { version: string }).version;
}

export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";
export type Severity = "low" | "medium" | "high" | "critical";

const levelCodes: Record<EnforcementLevel, AnalyzerPbModule.EnforcementLevel> = {
  advisory: analyzerPb.EnforcementLevel.ADVISORY,
  mandatory: analyzerPb.EnforcementLevel.MANDATORY,
  remediate: analyzerPb.EnforcementLevel.REMEDIATE,
  disabled: analyzerPb.EnforcementLevel.DISABLED,
};

/** An enforcement level as the wire writes it (the SDK's `mapEnforcementLevel`). */
export function levelCode(level: EnforcementLevel): AnalyzerPbModule.EnforcementLevel {
  return levelCodes[level];
}

/** An enforcement level from the wire (the SDK's `convertEnforcementLevel`): an unknown code is an error. */
export function levelName(code: number): EnforcementLevel {
  const found = (Object.keys(levelCodes) as EnforcementLevel[]).find((level) => levelCodes[level] === code);
  if (found === undefined) throw new Error(`Unknown enforcement level ${code}.`);
  return found;
}

const severityCodes: Record<Severity, AnalyzerPbModule.PolicySeverity> = {
  low: analyzerPb.PolicySeverity.POLICY_SEVERITY_LOW,
  medium: analyzerPb.PolicySeverity.POLICY_SEVERITY_MEDIUM,
  high: analyzerPb.PolicySeverity.POLICY_SEVERITY_HIGH,
  critical: analyzerPb.PolicySeverity.POLICY_SEVERITY_CRITICAL,
};

export function severityCode(severity: Severity): AnalyzerPbModule.PolicySeverity {
  return severityCodes[severity];
}

/** One policy's entry of a Configure request. */
export interface ReceivedPolicyConfig {
  enforcementLevel: string;
  /** The configured values (defaults already filled in by the engine), without the enforcement level. */
  properties: Record<string, unknown>;
}

/** A Configure request as read by the pack, by policy name. */
export type ReceivedConfiguration = Record<string, ReceivedPolicyConfig>;

/** Reads a Configure request the way the SDK's own handler does. */
export function readConfigureRequest(request: AnalyzerPbModule.ConfigureAnalyzerRequest): ReceivedConfiguration {
  const config: ReceivedConfiguration = {};
  request.getPolicyconfigMap().forEach((entry, name) => {
    const properties = (entry.getProperties()?.toJavaScript() ?? {}) as Record<string, unknown>;
    delete properties.enforcementLevel;
    config[name] = { enforcementLevel: levelName(entry.getEnforcementlevel()), properties };
  });
  return config;
}

/**
 * The Analyzer service as ocs-guard serves it: the SDK's definition, except that Analyze and
 * AnalyzeStack hand the handler the request's bytes, which sdk-request-bytes.ts reads in one pass.
 */
export const analyzerService = {
  ...analyzerGrpc.AnalyzerService,
  analyze: { ...analyzerGrpc.AnalyzerService.analyze, requestDeserialize: (bytes: Buffer) => bytes },
  analyzeStack: { ...analyzerGrpc.AnalyzerService.analyzeStack, requestDeserialize: (bytes: Buffer) => bytes },
};
