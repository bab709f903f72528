/**
 * The contract between policies/framework/sdk-internals.ts and the @pulumi/policy it is built on.
 * Each case drives the SDK's own RPC handlers; if a new @pulumi/policy changes one of the internals
 * we rely on, a case here fails and names it, rather than a rule quietly misjudging (or printing a
 * secret) in a user's preview.
 */
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import * as analyzerPb from "@pulumi/pulumi/proto/analyzer_pb";
import type { PolicyResource, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";
import { secretPathsOf } from "../../../policies/framework/secrets";
import { getSpecialProxyTarget, type PropsPath, unknownStringValue } from "../../../policies/framework/sdk-internals";
import { secret } from "../../harness/engine";

/* eslint-disable @typescript-eslint/no-require-imports */
type RpcFun = (call: { request: unknown }, callback: (err: unknown, resp?: analyzerPb.AnalyzeResponse) => void) => void;
const server = require("@pulumi/policy/server") as {
  makeAnalyzeRpcFun(name: string, version: string, level: string, policies: unknown[]): RpcFun;
  makeAnalyzeStackRpcFun(name: string, version: string, level: string, policies: unknown[]): RpcFun;
};

function call(fun: RpcFun, request: unknown): Promise<analyzerPb.AnalyzeResponse> {
  return new Promise((resolve, reject) => fun({ request }, (err, resp) => (err || !resp ? reject(err ?? new Error("no response")) : resolve(resp))));
}

const onWire = {
  address: secret("10.7.7.7"),
  port: secret(5099),
  plain: "visible",
  edge: { fqdn: secret("edge.example.test"), port: 443 },
  list: ["a", secret("b")],
  whole: secret({ user: "svc", group: "g" }),
};
const plainProps = {
  address: "10.7.7.7",
  port: 5099,
  plain: "visible",
  edge: { fqdn: "edge.example.test", port: 443 },
  list: ["a", "b"],
  whole: { user: "svc", group: "g" },
};
// The Struct orders the keys.
const expectedPaths: PropsPath[] = [["address"], ["edge", "fqdn"], ["list", 1], ["port"], ["whole"]];

function analyzeRequest(): analyzerPb.AnalyzeRequest {
  const req = new analyzerPb.AnalyzeRequest();
  req.setType("ocs:test:Thing");
  req.setName("thing");
  req.setUrn("urn:pulumi:test::ocs::ocs:test:Thing::thing");
  req.setProperties(Struct.fromJavaScript(onWire as never));
  req.setOptions(new analyzerPb.AnalyzerResourceOptions());
  return req;
}

describe("the secret-paths tap on @pulumi/policy's deserialiser", () => {
  it("sees the secrets of every props object Analyze hands a resource policy, and the props stay the SDK's own", async () => {
    const seen: { paths: readonly PropsPath[] | undefined; props: unknown }[] = [];
    const policy = {
      name: "p",
      description: "p",
      enforcementLevel: "mandatory",
      validateResource: (args: ResourceValidationArgs) => void seen.push({ paths: secretPathsOf(args.props), props: { ...args.props } }),
    };
    await call(server.makeAnalyzeRpcFun("pack", "1.0.0", "mandatory", [policy, { ...policy, name: "q" }]), analyzeRequest());
    // If the SDK stopped reading deserializeProperties through its module export, no paths are known here.
    expect(seen).toHaveLength(2);
    for (const s of seen) {
      expect(s.paths).toEqual(expectedPaths);
      expect(s.props).toEqual(plainProps);
    }
  });

  it("sees the secrets of every resource AnalyzeStack hands a stack policy", async () => {
    const req = new analyzerPb.AnalyzeStackRequest();
    req.setResourcesList(
      ["one", "two"].map((name) => {
        const r = new analyzerPb.AnalyzerResource();
        r.setType("ocs:test:Thing");
        r.setName(name);
        r.setUrn(`urn:pulumi:test::ocs::ocs:test:Thing::${name}`);
        r.setProperties(Struct.fromJavaScript((name === "one" ? onWire : plainProps) as never));
        r.setOptions(new analyzerPb.AnalyzerResourceOptions());
        return r;
      }),
    );
    let resources: PolicyResource[] = [];
    const policy = {
      name: "s",
      description: "s",
      enforcementLevel: "mandatory",
      validateStack: (args: StackValidationArgs) => void (resources = args.resources),
    };
    await call(server.makeAnalyzeStackRpcFun("pack", "1.0.0", "mandatory", [policy]), req);
    expect(resources.map((r) => secretPathsOf(r.props))).toEqual([expectedPaths, []]);
    expect(resources.map((r) => ({ ...r.props }))).toEqual([plainProps, plainProps]);
  });
});

describe("the unknown-value internals", () => {
  it("hands policies props behind a proxy whose target is the deserialised object, with the SDK's unknown sentinel", async () => {
    const req = analyzeRequest();
    req.setProperties(Struct.fromJavaScript({ known: "x", later: unknownStringValue } as never));
    let target: unknown;
    let thrown: unknown;
    const policy = {
      name: "p",
      description: "p",
      enforcementLevel: "mandatory",
      validateResource: (args: ResourceValidationArgs) => {
        target = (args.props as Record<string, unknown>)[getSpecialProxyTarget];
        try {
          void args.props.later;
        } catch (error) {
          thrown = error;
          throw error;
        }
      },
    };
    const resp = await call(server.makeAnalyzeRpcFun("pack", "1.0.0", "mandatory", [policy]), req);
    expect(target).toEqual({ known: "x", later: unknownStringValue });
    expect(thrown).toBeInstanceOf(Error);
    expect(resp.getDiagnosticsList()[0]?.getMessage()).toMatch(/can't run policy 'p'/);
  });
});
