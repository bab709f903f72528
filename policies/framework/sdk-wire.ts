/**
 * The analyzer's wire protocol as ocs-guard's own server speaks it (sdk-server.ts): the gRPC
 * module, the analyzer's protobuf messages and service, and the conversions @pulumi/policy 1.21
 * makes between them and plain values (enforcement levels, severities, the props Struct, the
 * Configure request). Every module comes from where @pulumi/pulumi resolves it, the copies
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
import type { ListValue, Struct, Value } from "google-protobuf/google/protobuf/struct_pb";
import { type PropsPath, specialSecretSig, specialSigKey, unknownSentinels } from "./sdk-internals";

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

/** Props as the engine sent them, read in one pass. */
export interface WireProps {
  /** Plain values; a value unknown during preview is the SDK's sentinel string, a secret is its value. */
  props: Record<string, unknown>;
  /** Where the engine marked a value secret (the paths the SDK's tap records). */
  secretPaths: PropsPath[];
  /** Whether any value is unknown during preview. */
  hasUnknowns: boolean;
}

const Kind = structPb.Value.KindCase;

interface Walk {
  secretPaths: PropsPath[];
  hasUnknowns: boolean;
}

function fromValue(value: Value, path: PropsPath, walk: Walk): unknown {
  switch (value.getKindCase()) {
    case Kind.NULL_VALUE:
      return null;
    case Kind.NUMBER_VALUE:
      return value.getNumberValue();
    case Kind.STRING_VALUE: {
      const text = value.getStringValue();
      if (unknownSentinels.has(text)) walk.hasUnknowns = true;
      return text;
    }
    case Kind.BOOL_VALUE:
      return value.getBoolValue();
    case Kind.STRUCT_VALUE:
      return fromStruct(value.getStructValue() as Struct, path, walk);
    case Kind.LIST_VALUE:
      return fromList(value.getListValue() as ListValue, path, walk);
    default:
      // As Struct.toJavaScript does: a value of no kind is no JSON value.
      throw new Error("Unexpected struct type");
  }
}

function fromList(list: ListValue, path: PropsPath, walk: Walk): unknown[] {
  return list.getValuesList().map((item, i) => fromValue(item, [...path, i], walk));
}

function fromFields(struct: Struct, path: PropsPath, walk: Walk): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  // The map's own order (sorted keys), as Struct.toJavaScript and so the SDK give it.
  struct.getFieldsMap().forEach((item, key) => {
    object[key] = fromValue(item, [...path, key], walk);
  });
  return object;
}

function fromStruct(struct: Struct, path: PropsPath, walk: Walk): unknown {
  const fields = struct.getFieldsMap();
  const signature = fields.get(specialSigKey);
  if (signature !== undefined && signature.getKindCase() === Kind.STRING_VALUE && signature.getStringValue() === specialSecretSig) {
    // The SDK unwraps a secret to its value; where it was is remembered so that no message shows it.
    walk.secretPaths.push(path);
    const inner = fields.get("value");
    return inner === undefined ? undefined : fromValue(inner, path, walk);
  }
  return fromFields(struct, path, walk);
}

/**
 * The props of a resource from the Struct the engine sent, in one pass that unwraps secrets
 * (recording where they were) and notes values unknown during preview: what the SDK's
 * `Struct.toJavaScript`, `deserializeProperties` and its secret tap do in three. Asset and archive
 * signatures, which no OCS component holds, stay plain objects, which the component's schema refuses.
 */
export function readWireProps(struct: Struct | undefined): WireProps {
  const walk: Walk = { secretPaths: [], hasUnknowns: false };
  // The top level is the props object itself, never a secret (as the SDK reads it).
  const props = struct === undefined ? {} : fromFields(struct, [], walk);
  return { props, secretPaths: walk.secretPaths, hasUnknowns: walk.hasUnknowns };
}
