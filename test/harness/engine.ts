/**
 * Drives policies exactly as the engine does: the props travel as a protobuf Struct in an
 * AnalyzeRequest / AnalyzeStackRequest, and @pulumi/policy's own RPC handlers deserialise them,
 * wrap them in its unknown-checking proxy, run the policies and build the AnalyzeResponse. The
 * configuration travels as the engine sends it too: a ConfigureAnalyzerRequest to the SDK's own
 * Configure handler, through the tap the pack installs, before every analysis.
 */
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import type { OcsPolicy } from "../../policies/framework/define";
import type { StackResource } from "../../policies/framework/topology-view";
import { declareSecretPaths } from "../../policies/framework/secrets";
import { specialSecretSig, specialSigKey, unknownStringValue } from "../../policies/framework/sdk-internals";
import { tappedSdkConfigure } from "../../policies/framework/sdk-configure";
import { configurationReceiver } from "../../policies/framework/pack-config";
import { catalog, type Kind } from "../../components/model/catalog";

import { callHandler, sdkAnalyzeHandler, sdkAnalyzeStackHandler } from "../../policies/framework/sdk-handlers";

/** What the engine sends for a value that is unknown during preview. */
export const UNKNOWN = unknownStringValue;

/**
 * A value as the engine sends one the program marked secret (`pulumi.secret(...)`): wrapped in the
 * secret signature object inside the props Struct. Put it anywhere in an EngineResource's props.
 */
export function secret<T>(value: T): { [key: string]: unknown } {
  return { [specialSigKey]: specialSecretSig, value };
}

/** The props with every string and number leaf sent as a secret, at any depth. */
export function everyLeafSecret(value: unknown): unknown {
  if (typeof value === "string" || typeof value === "number") return secret(value);
  if (Array.isArray(value)) return value.map(everyLeafSecret);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, everyLeafSecret(v)]));
  }
  return value;
}

export interface EngineResource {
  kind: Kind;
  name: string;
  props: Record<string, unknown>;
  /** Name of the Topology that parents it, if any (stack analysis only). */
  topology?: string;
}

export interface Diagnostic {
  policyName: string;
  message: string;
  urn: string;
  enforcementLevel: "advisory" | "mandatory" | "disabled" | "remediate";
}

const levels = ["advisory", "mandatory", "disabled", "remediate"] as const;

export function urnOf(kind: Kind, name: string): string {
  return `urn:pulumi:test::ocs::${catalog[kind].token}::${name}`;
}

function options(): analyzerPb.AnalyzerResourceOptions {
  return new analyzerPb.AnalyzerResourceOptions();
}

function toDiagnostics(resp: analyzerPb.AnalyzeResponse): Diagnostic[] {
  return resp.getDiagnosticsList().map((d) => ({
    policyName: d.getPolicyname(),
    message: d.getMessage(),
    urn: d.getUrn(),
    enforcementLevel: levels[d.getEnforcementlevel()] ?? "advisory",
  }));
}

/** The pack name and version the harness serves policies under. */
export const PACK = { name: "ocs-guard", version: "0.1.0" } as const;

/** Configuration by policy name, as `--policy-pack-config` gives it. */
export type PackConfig = Record<string, Record<string, unknown>>;

const levelCodes: Record<string, analyzerPb.EnforcementLevel> = {
  advisory: analyzerPb.EnforcementLevel.ADVISORY,
  mandatory: analyzerPb.EnforcementLevel.MANDATORY,
  disabled: analyzerPb.EnforcementLevel.DISABLED,
  remediate: analyzerPb.EnforcementLevel.REMEDIATE,
};

/**
 * The ConfigureAnalyzerRequest the engine sends before any analysis: every served policy with its
 * enforcement level and the defaults of its configSchema, then the given values over them.
 */
export function configureRequest(policies: readonly OcsPolicy[], config: PackConfig): analyzerPb.ConfigureAnalyzerRequest {
  const entries = new Map<string, { level: string; properties: Record<string, unknown> }>();
  for (const { info, configSchema } of policies) {
    const defaults = Object.entries(configSchema?.properties ?? {}).flatMap(([key, schema]) =>
      schema !== null && typeof schema === "object" && "default" in schema ? [[key, (schema as { default: unknown }).default]] : [],
    );
    entries.set(info.name, { level: info.enforcementLevel, properties: Object.fromEntries(defaults) });
  }
  for (const [name, { enforcementLevel, ...properties }] of Object.entries(config)) {
    const entry = entries.get(name) ?? { level: "advisory", properties: {} };
    entries.set(name, {
      level: typeof enforcementLevel === "string" ? enforcementLevel : entry.level,
      properties: { ...entry.properties, ...properties },
    });
  }
  const request = new analyzerPb.ConfigureAnalyzerRequest();
  for (const [name, { level, properties }] of entries) {
    const policyConfig = new analyzerPb.PolicyConfig();
    policyConfig.setEnforcementlevel(levelCodes[level] ?? analyzerPb.EnforcementLevel.ADVISORY);
    policyConfig.setProperties(Struct.fromJavaScript(properties as never));
    request.getPolicyconfigMap().set(name, policyConfig);
  }
  return request;
}

/** The policies the current Configure validates against (the pack validates against all of its own). */
let configuredPolicies: readonly OcsPolicy[] = [];
/** The SDK's own Configure handler, behind the same tap the pack installs. */
const configureRpc = tappedSdkConfigure(configurationReceiver(() => configuredPolicies));

/** A configuration the pack refused at Configure, with the sentence the engine would print. */
export class ConfigurationRefused extends Error {}

function sendConfigure(policies: readonly OcsPolicy[], config: PackConfig): Promise<void> {
  configuredPolicies = policies;
  return new Promise((resolve, reject) =>
    configureRpc({ request: configureRequest(policies, config) }, (err) => {
      if (!err) resolve();
      else reject(new ConfigurationRefused("details" in err ? err.details : String(err)));
    }),
  );
}

/**
 * Each run configures the SDK and then analyzes, as the engine does for one preview; runs never
 * interleave, because the SDK (like the engine's pack process) holds one configuration at a time.
 */
let queue: Promise<unknown> = Promise.resolve();
function exclusive<T>(run: () => Promise<T>): Promise<T> {
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

/**
 * Runs `work` alone, after everything the harness has queued: for a caller that configures and
 * analyzes another pack in between (the contract test), so the SDK's configuration stays its own.
 * Inside it, configure with `configureNow` (`configure` would wait for `work` itself).
 */
export function alone<T>(work: () => Promise<T>): Promise<T> {
  return exclusive(work);
}

/** `configure`, inside `alone`. */
export function configureNow(policies: readonly OcsPolicy[], config: PackConfig = {}): Promise<void> {
  return sendConfigure(policies, config);
}

/** Sends the pack configuration through the SDK's Configure handler; rejects with ConfigurationRefused when the pack refuses it. */
export function configure(policies: readonly OcsPolicy[], config: PackConfig = {}): Promise<void> {
  return exclusive(() => sendConfigure(policies, config));
}

function served(policies: readonly OcsPolicy[]): (ResourceValidationPolicy | StackValidationPolicy)[] {
  return policies.map((p) => p.policy);
}

/** The Analyze request the engine sends for one resource. */
export function analyzeRequest(resource: EngineResource): analyzerPb.AnalyzeRequest {
  const req = new analyzerPb.AnalyzeRequest();
  req.setType(catalog[resource.kind].token);
  req.setName(resource.name);
  req.setUrn(urnOf(resource.kind, resource.name));
  req.setProperties(Struct.fromJavaScript(resource.props as never));
  req.setOptions(options());
  return req;
}

/** Runs the resource policies on one resource, as during `pulumi preview` (Analyze). */
export function analyze(policies: readonly OcsPolicy[], resource: EngineResource, config: PackConfig = {}): Promise<Diagnostic[]> {
  const fun = sdkAnalyzeHandler(PACK.name, PACK.version, "advisory", served(policies));
  return exclusive(async () => {
    await sendConfigure(policies, config);
    return toDiagnostics(await callHandler(fun, analyzeRequest(resource)));
  });
}

/** The AnalyzeStack request the engine sends at the end of a preview. */
export function analyzeStackRequest(resources: readonly EngineResource[]): analyzerPb.AnalyzeStackRequest {
  const req = new analyzerPb.AnalyzeStackRequest();
  req.setResourcesList(
    resources.map((r) => {
      const ar = new analyzerPb.AnalyzerResource();
      ar.setType(catalog[r.kind].token);
      ar.setName(r.name);
      ar.setUrn(urnOf(r.kind, r.name));
      ar.setProperties(Struct.fromJavaScript(r.props as never));
      ar.setOptions(options());
      if (r.topology !== undefined && r.kind !== "topology") ar.setParent(urnOf("topology", r.topology));
      return ar;
    }),
  );
  return req;
}

/** Runs the stack policies on a set of resources, as at the end of a preview (AnalyzeStack). */
export function analyzeStack(
  policies: readonly OcsPolicy[],
  resources: readonly EngineResource[],
  config: PackConfig = {},
): Promise<Diagnostic[]> {
  const fun = sdkAnalyzeStackHandler(PACK.name, PACK.version, "advisory", served(policies));
  return exclusive(async () => {
    await sendConfigure(policies, config);
    return toDiagnostics(await callHandler(fun, analyzeStackRequest(resources)));
  });
}

/** Runs every policy the way the engine would over a whole program: Analyze per resource, then AnalyzeStack. */
export async function analyzeAll(
  policies: readonly OcsPolicy[],
  resources: readonly EngineResource[],
  config: PackConfig = {},
): Promise<Diagnostic[]> {
  const perResource = await Promise.all(resources.map((r) => analyze(policies, r, config)));
  return [...perResource.flat(), ...(await analyzeStack(policies, resources, config))];
}

/** Runs one policy as the engine would: Analyze on each resource it applies to, or AnalyzeStack. */
export async function runPolicy(policy: OcsPolicy, resources: readonly EngineResource[], config?: Record<string, unknown>): Promise<Diagnostic[]> {
  const pack: PackConfig = config ? { [policy.info.name]: config } : {};
  if (policy.info.kind === "stack") return analyzeStack([policy], resources, pack);
  const applies = resources.filter((r) => (policy.info.appliesTo as readonly Kind[]).includes(r.kind));
  return (await Promise.all(applies.map((r) => analyze([policy], r, pack)))).flat();
}

/**
 * A resource as `OcsPolicy.evaluate` receives it, parented by its topology as the engine sends it.
 * Its props hold no secret (they do not pass the engine's wire, so it is declared).
 */
export function asStackResource(r: EngineResource): StackResource {
  const parent =
    r.topology !== undefined && r.kind !== "topology"
      ? { type: catalog.topology.token, name: r.topology, urn: urnOf("topology", r.topology), props: {} }
      : undefined;
  const props = declareSecretPaths(r.props, []);
  return { type: catalog[r.kind].token, name: r.name, urn: urnOf(r.kind, r.name), props, ...(parent ? { parent } : {}) };
}
