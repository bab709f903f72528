/**
 * Drives a pack's policies through @pulumi/policy's own Analyze and AnalyzeStack handlers, as its
 * gRPC server does: each request arrives as protobuf bytes, is decoded, and the handler
 * deserialises the props, runs the policies and builds the response. Only the network is left out.
 *
 * The handlers are internals of @pulumi/policy (its `server` module), used here as
 * test/harness/engine.ts uses them.
 */
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { catalog, type Kind } from "../components/model/catalog";
import { type MemberList, memberKinds, type ReferenceSpec } from "../examples/reference/spec";

type Policy = ResourceValidationPolicy | StackValidationPolicy;
type Response = { getDiagnosticsList(): unknown[] };
type RpcFun = (call: { request: unknown }, callback: (err: unknown, resp?: Response) => void) => void;
/* eslint-disable-next-line @typescript-eslint/no-require-imports */
const server = require("@pulumi/policy/server") as {
  makeAnalyzeRpcFun(name: string, version: string, level: string, policies: Policy[]): RpcFun;
  makeAnalyzeStackRpcFun(name: string, version: string, level: string, policies: Policy[]): RpcFun;
};

/** One resource as the engine describes it. */
interface Described {
  kind: Kind;
  name: string;
  props: object;
  parent?: string;
}

const urnOf = (kind: Kind, name: string) => `urn:pulumi:bench::ocs::${catalog[kind].token}::${name}`;

function described(specs: readonly ReferenceSpec[]): Described[] {
  return specs.flatMap((spec) => {
    const topology = urnOf("topology", spec.topology.name);
    const members = (Object.keys(memberKinds) as MemberList[]).flatMap((list) =>
      spec[list].map((m): Described => ({ kind: memberKinds[list], name: m.name, props: m.args, parent: topology })),
    );
    return [{ kind: "topology" as const, name: spec.topology.name, props: spec.topology.args }, ...members];
  });
}

function fill<T extends analyzerPb.AnalyzeRequest | analyzerPb.AnalyzerResource>(into: T, r: Described): T {
  into.setType(catalog[r.kind].token);
  into.setName(r.name);
  into.setUrn(urnOf(r.kind, r.name));
  // As JSON on the wire: an absent optional field is absent.
  into.setProperties(Struct.fromJavaScript(JSON.parse(JSON.stringify(r.props)) as never));
  into.setOptions(new analyzerPb.AnalyzerResourceOptions());
  return into;
}

/** The encoded requests of a preview of `specs`: one Analyze per resource, one AnalyzeStack. */
export interface Requests {
  analyze: Uint8Array[];
  analyzeStack: Uint8Array;
}

/** One encoded Analyze request per resource of `specs`. */
export function encodeAnalyze(specs: readonly ReferenceSpec[]): Uint8Array[] {
  return described(specs).map((r) => fill(new analyzerPb.AnalyzeRequest(), r).serializeBinary());
}

/** The encoded AnalyzeStack request of `specs`. */
export function encodeAnalyzeStack(specs: readonly ReferenceSpec[]): Uint8Array {
  const stack = new analyzerPb.AnalyzeStackRequest();
  stack.setResourcesList(
    described(specs).map((r) => {
      const ar = fill(new analyzerPb.AnalyzerResource(), r);
      if (r.parent !== undefined) ar.setParent(r.parent);
      return ar;
    }),
  );
  return stack.serializeBinary();
}

export function encodeRequests(specs: readonly ReferenceSpec[]): Requests {
  return { analyze: encodeAnalyze(specs), analyzeStack: encodeAnalyzeStack(specs) };
}

function call(fun: RpcFun, request: unknown): Promise<number> {
  return new Promise((resolve, reject) =>
    fun({ request }, (err, resp) => (err || !resp ? reject(err ?? new Error("no response")) : resolve(resp.getDiagnosticsList().length))),
  );
}

/** A pack as its gRPC server would serve it. */
export class ServedPack {
  private readonly analyzeFun: RpcFun;
  private readonly analyzeStackFun: RpcFun;

  constructor(policies: readonly Policy[]) {
    this.analyzeFun = server.makeAnalyzeRpcFun("bench", "0.0.0", "advisory", [...policies]);
    this.analyzeStackFun = server.makeAnalyzeStackRpcFun("bench", "0.0.0", "advisory", [...policies]);
  }

  /** One Analyze call; returns the diagnostics. */
  analyze(bytes: Uint8Array): Promise<number> {
    return call(this.analyzeFun, analyzerPb.AnalyzeRequest.deserializeBinary(bytes));
  }

  /** Every Analyze call of a preview, one after the other (CPU-bound work gains nothing from overlap); returns the diagnostics. */
  async analyzeAll(requests: Pick<Requests, "analyze">): Promise<number> {
    let diagnostics = 0;
    for (const bytes of requests.analyze) diagnostics += await this.analyze(bytes);
    return diagnostics;
  }

  /** The AnalyzeStack call at the end of a preview; returns the diagnostics. */
  analyzeStack(requests: Pick<Requests, "analyzeStack">): Promise<number> {
    return call(this.analyzeStackFun, analyzerPb.AnalyzeStackRequest.deserializeBinary(requests.analyzeStack));
  }
}
