/**
 * Drives policies exactly as the engine does: the props travel as a protobuf Struct in an
 * AnalyzeRequest / AnalyzeStackRequest, and @pulumi/policy's own RPC handlers deserialise them,
 * wrap them in its unknown-checking proxy, run the policies and build the AnalyzeResponse.
 */
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import type { OcsPolicy } from "../../policies/framework/define";
import type { StackResource } from "../../policies/framework/topology-view";
import { declareSecretPaths } from "../../policies/framework/secrets";
import { specialSecretSig, specialSigKey, unknownStringValue } from "../../policies/framework/sdk-internals";
import { catalog, type Kind } from "../../components/model/catalog";

/* eslint-disable @typescript-eslint/no-require-imports */
type RpcFun = (call: { request: unknown }, callback: (err: unknown, resp?: analyzerPb.AnalyzeResponse) => void) => void;
const server = require("@pulumi/policy/server") as {
  makeAnalyzeRpcFun(name: string, version: string, level: string, policies: unknown[]): RpcFun;
  makeAnalyzeStackRpcFun(name: string, version: string, level: string, policies: unknown[]): RpcFun;
};

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

function call(fun: RpcFun, request: unknown): Promise<Diagnostic[]> {
  return new Promise((resolve, reject) =>
    fun({ request }, (err, resp) => (err || !resp ? reject(err ?? new Error("no response")) : resolve(toDiagnostics(resp)))),
  );
}

/** Configuration by policy name, as `--policy-pack-config` gives it. */
export type PackConfig = Record<string, Record<string, unknown>>;

/**
 * The policies as the SDK serves them. The SDK keeps the pack's configuration private (only its
 * Configure RPC sets it), so a configured policy gets the `getConfig` that Configure would give it.
 */
function served(policies: readonly OcsPolicy[], config: PackConfig): (ResourceValidationPolicy | StackValidationPolicy)[] {
  return policies.map(({ policy, info }) => {
    const own = config[info.name];
    if (own === undefined) return policy;
    const getConfig = <T extends object>() => own as T;
    if ("validateStack" in policy) {
      const validate = policy.validateStack;
      return { ...policy, validateStack: (args, report) => validate({ ...args, getConfig }, report) };
    }
    const validate = policy.validateResource;
    if (typeof validate !== "function") throw new Error(`${info.name} has no single validateResource`);
    return { ...policy, validateResource: (args, report) => validate({ ...args, getConfig }, report) };
  });
}

/** Runs the resource policies on one resource, as during `pulumi preview` (Analyze). */
export function analyze(policies: readonly OcsPolicy[], resource: EngineResource, config: PackConfig = {}): Promise<Diagnostic[]> {
  const req = new analyzerPb.AnalyzeRequest();
  req.setType(catalog[resource.kind].token);
  req.setName(resource.name);
  req.setUrn(urnOf(resource.kind, resource.name));
  req.setProperties(Struct.fromJavaScript(resource.props as never));
  req.setOptions(options());
  const fun = server.makeAnalyzeRpcFun("ocs-guard", "0.1.0", "advisory", served(policies, config));
  return call(fun, req);
}

/** Runs the stack policies on a set of resources, as at the end of a preview (AnalyzeStack). */
export function analyzeStack(
  policies: readonly OcsPolicy[],
  resources: readonly EngineResource[],
  config: PackConfig = {},
): Promise<Diagnostic[]> {
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
  const fun = server.makeAnalyzeStackRpcFun("ocs-guard", "0.1.0", "advisory", served(policies, config));
  return call(fun, req);
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
