/**
 * Drives a pack through the Analyze and AnalyzeStack handlers of its gRPC server, in-process: each
 * request arrives as protobuf bytes, is decoded as gRPC decodes it, and the handler judges it and
 * builds the response. Only the network is left out. The ocs-guard pack is served as `pulumi
 * preview` serves it, by ocs-guard's own analyzer (policies/framework/sdk-server.ts); a pack of the
 * SDK (the empty pack) by @pulumi/policy's own handlers (policies/framework/sdk-handlers.ts).
 */
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import { catalog, type Kind } from "../components/model/catalog";
import { type MemberList, memberKinds, type ReferenceSpec } from "../examples/reference/spec";
import type { OcsPolicy } from "../policies/framework/define";
import { analyzerHandlers } from "../policies/framework/sdk-server";
import { sdkAnalyzeHandler, sdkAnalyzeStackHandler } from "../policies/framework/sdk-handlers";
import { loadedPack } from "../policies/framework/served-pack";
import { analyzerService } from "../policies/framework/sdk-wire";

type Response = { getDiagnosticsList(): unknown[] };
type RpcFun = (call: { request: never }, callback: (err: unknown, resp?: Response) => void) => void;

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
    fun({ request: request as never }, (err, resp) =>
      err || !resp ? reject(err instanceof Error ? err : new Error(err ? JSON.stringify(err) : "no response")) : resolve(resp.getDiagnosticsList().length),
    ),
  );
}

const BENCH_PACK = { name: "bench", version: "0.0.0" };

/** How a service definition turns a request's bytes into what its handler takes. */
interface Decoders {
  analyze(bytes: Uint8Array): unknown;
  analyzeStack(bytes: Uint8Array): unknown;
}

/** ocs-guard's served definition hands over the bytes (policies/framework/sdk-wire.ts `analyzerService`). */
const asServed: Decoders = {
  analyze: (bytes) => analyzerService.analyze.requestDeserialize(Buffer.from(bytes)),
  analyzeStack: (bytes) => analyzerService.analyzeStack.requestDeserialize(Buffer.from(bytes)),
};

/** The SDK's definition decodes the messages. */
const asMessages: Decoders = {
  analyze: (bytes) => analyzerPb.AnalyzeRequest.deserializeBinary(bytes),
  analyzeStack: (bytes) => analyzerPb.AnalyzeStackRequest.deserializeBinary(bytes),
};

/** A pack as its gRPC server serves it. */
export class ServedPack {
  private constructor(
    private readonly analyzeFun: RpcFun,
    private readonly analyzeStackFun: RpcFun,
    private readonly decode: Decoders,
  ) {}

  /** ocs-guard policies served by ocs-guard's analyzer, as the pack is served; loaded and configured with their defaults first. */
  static async ocsGuard(policies: readonly OcsPolicy[]): Promise<ServedPack> {
    const handlers = analyzerHandlers({
      ...BENCH_PACK,
      describe: () => policies.map((p) => p.analyzerInfo),
      load: (identity) => loadedPack(identity, policies),
    });
    await handlers.load();
    return new ServedPack(handlers.analyze as RpcFun, handlers.analyzeStack as RpcFun, asServed);
  }

  /** A pack of SDK policy objects served by @pulumi/policy's own handlers (the empty pack: none). */
  static sdk(policies: readonly unknown[]): ServedPack {
    return new ServedPack(
      sdkAnalyzeHandler(BENCH_PACK.name, BENCH_PACK.version, "advisory", policies) as RpcFun,
      sdkAnalyzeStackHandler(BENCH_PACK.name, BENCH_PACK.version, "advisory", policies) as RpcFun,
      asMessages,
    );
  }

  /** One Analyze call; returns the diagnostics. */
  analyze(bytes: Uint8Array): Promise<number> {
    return call(this.analyzeFun, this.decode.analyze(bytes));
  }

  /** Every Analyze call of a preview, one after the other (CPU-bound work gains nothing from overlap); returns the diagnostics. */
  async analyzeAll(requests: Pick<Requests, "analyze">): Promise<number> {
    let diagnostics = 0;
    for (const bytes of requests.analyze) diagnostics += await this.analyze(bytes);
    return diagnostics;
  }

  /** The AnalyzeStack call at the end of a preview; returns the diagnostics. */
  analyzeStack(requests: Pick<Requests, "analyzeStack">): Promise<number> {
    return call(this.analyzeStackFun, this.decode.analyzeStack(requests.analyzeStack));
  }
}
