import {
  allPolicies,
  gatewayPolicies,
  mediationServerRequireTwoNics,
  select,
  selectPolicies,
  type OcsPolicy,
  type PolicySelection,
} from "../../policies";
import type * as grpcTypes from "@grpc/grpc-js";
import type * as analyzerGrpcTypes from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import type * as selectionTypes from "../../policies/selection";
import { REFUSED, type UnaryHandler } from "../../policies/framework/sdk-configure";
import { analyze, configureRequest } from "../harness/engine";
import { mediationModel } from "./framework/sample";

const WAIVER_POLICIES = ["waiver-require-justification-owner-expiry", "waiver-report-accepted-risks"];
const names = (policies: readonly OcsPolicy[]) => policies.map((p) => p.info.name);
const ruleNames = (policies: readonly OcsPolicy[]) => names(policies).filter((n) => !WAIVER_POLICIES.includes(n));

describe("selectPolicies", () => {
  it("selects every policy of the pack, in the pack's order, when no criterion is given", () => {
    expect(names(selectPolicies())).toEqual(names(allPolicies));
    expect(names(selectPolicies({}))).toEqual(names(allPolicies));
  });

  it("selects an area's policies and the two waiver policies", () => {
    expect(names(selectPolicies({ areas: ["gateway"] }))).toEqual([...names(gatewayPolicies), ...WAIVER_POLICIES]);
  });

  it("selects the policies that enforce a requirement ID", () => {
    expect(ruleNames(selectPolicies({ requirements: ["OCS-GW-4"] }))).toEqual(["mediation-server-require-two-nics"]);
    expect(ruleNames(selectPolicies({ requirements: ["OCS-ENC-3", "OCS-X-4"] }))).toEqual([
      "media-require-srtp",
      "client-encryption-disallow-rejected",
      "server-disallow-collocation",
    ]);
  });

  it("selects by severity: exactly the pack's rule policies of that severity", () => {
    const expected = ruleNames(allPolicies.filter((p) => p.info.severity === "medium"));
    expect(expected.length).toBeGreaterThan(1);
    expect(ruleNames(selectPolicies({ severities: ["medium"] }))).toEqual(expected);
  });

  it("narrows with every criterion given: low-severity gateway policies", () => {
    expect(ruleNames(selectPolicies({ areas: ["gateway", "edge"], severities: ["low"] }))).toEqual([
      "edge-limit-av-ports-to-r2",
      "ipsec-recommend-media-role-exemptions",
      "mediation-server-configure-internal-port",
      "mediation-server-configure-external-port",
    ]);
  });

  it("serves the same policy objects as the full pack", () => {
    const [twoNics] = selectPolicies({ requirements: ["OCS-GW-4"] });
    expect(twoNics).toBe(mediationServerRequireTwoNics);
    expect(select({ requirements: ["OCS-GW-4"] })[0]).toBe(mediationServerRequireTwoNics.policy);
    expect(select({ areas: ["um"] })).toHaveLength(selectPolicies({ areas: ["um"] }).length);
  });
});

describe("the waiver policies of a selection", () => {
  const med = (waivers: unknown[]) => ({
    kind: "mediationServer" as const,
    name: "med-1",
    props: { ...mediationModel(), waivers },
    topology: "contoso",
  });
  const waiverFor = (policy: string) => ({ policy, justification: "Lab server", owner: "voice team", expires: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) });

  it("refuse a waiver for a policy the selection does not serve", async () => {
    const gateway = selectPolicies({ areas: ["gateway"] });
    const diagnostics = await analyze(gateway, med([waiverFor("edge-limit-av-ports-to-r2")]));
    expect(diagnostics).toEqual([
      expect.objectContaining({
        policyName: "waiver-require-justification-owner-expiry",
        enforcementLevel: "mandatory",
        message: expect.stringContaining('waiver for "edge-limit-av-ports-to-r2" waives nothing because it names no policy of the pack'),
      }),
    ]);
  });

  it("accept a waiver for a policy the selection serves, as the full pack accepts any of its policies", async () => {
    const gateway = selectPolicies({ areas: ["gateway"] });
    expect(await analyze(gateway, med([waiverFor("mediation-server-require-two-nics")]))).toEqual([]);
    const full = await analyze(allPolicies, med([waiverFor("edge-limit-av-ports-to-r2")]));
    expect(full.filter((d) => WAIVER_POLICIES.includes(d.policyName))).toEqual([]);
  });
});

describe("a selection that cannot be served", () => {
  it.each<[string, unknown, string]>([
    ["an unknown area", { areas: ["gatway"] }, 'field areas.0 is "gatway"; it must be one of "certificates", "encryption", "roles", "edge", "placement", "admin", "um", "gateway".'],
    ["an unknown requirement ID", { requirements: ["OCS-GW-9"] }, 'field requirements.0 is "OCS-GW-9"; it must be one of "OCS-ENC-1"'],
    ["an unknown severity", { severities: ["severe"] }, 'field severities.0 is "severe"; it must be one of "low", "medium", "high", "critical".'],
    ["an empty list", { areas: [] }, "field areas is []; it must list at least one item."],
    ["an unknown criterion", { names: ["x"] }, '"names" is not a criterion; the criteria are requirements, areas, severities.'],
  ])("is refused for %s, naming the field, the value and what is allowed", (_case, selection, sentence) => {
    expect(() => selectPolicies(selection as PolicySelection)).toThrow(`The ocs-guard policy selection: ${sentence}`);
  });

  it("is refused when it selects no policy that judges the topology", () => {
    expect(() => selectPolicies({ requirements: ["OCS-UM-1"], severities: ["low"] })).toThrow(
      new Error(
        'The ocs-guard policy selection {"requirements":["OCS-UM-1"],"severities":["low"]} matches no policy that judges the topology; ' +
          "list the policies with `npx ocs-guard policies` and widen the selection.",
      ),
    );
  });

  it("is refused with one line per problem, and only those", () => {
    expect(() => selectPolicies({ names: ["x"] } as PolicySelection)).toThrow(
      new Error('The ocs-guard policy selection: "names" is not a criterion; the criteria are requirements, areas, severities.'),
    );
    expect(() => selectPolicies({ names: ["x"], areas: [] } as PolicySelection)).toThrow(
      new Error(
        'The ocs-guard policy selection: "names" is not a criterion; the criteria are requirements, areas, severities.\n' +
          "The ocs-guard policy selection: field areas is []; it must list at least one item.",
      ),
    );
  });
});

interface OwnRegistry {
  grpc: typeof grpcTypes;
  rpc: typeof analyzerGrpcTypes;
  selection: typeof selectionTypes;
}

/**
 * Runs `work` on modules loaded in a registry of their own, synchronously inside it: select loads
 * the SDK's gRPC module on first use and installs the Configure tap on that module's server, and
 * the selection's module-level declarations run where a test can see them.
 */
function inOwnRegistry<T>(work: (modules: OwnRegistry) => T): T {
  let result: { value: T } | undefined;
  jest.isolateModules(() => {
    /* eslint-disable @typescript-eslint/no-require-imports -- modules of this registry, loaded inside it */
    result = {
      value: work({
        grpc: require("@grpc/grpc-js") as typeof grpcTypes,
        rpc: require("@pulumi/pulumi/proto/analyzer_grpc_pb") as typeof analyzerGrpcTypes,
        selection: require("../../policies/selection") as typeof selectionTypes,
      }),
    };
    /* eslint-enable @typescript-eslint/no-require-imports */
  });
  if (!result) throw new Error("the isolated registry ran nothing");
  return result.value;
}

describe("the selection module as it loads", () => {
  it("accepts several values in each criterion and names the criteria in a refusal", () => {
    const several: PolicySelection = { requirements: ["OCS-UM-1", "OCS-ENC-3"], areas: ["um", "encryption"], severities: ["high", "critical"] };
    const { selected, refusal } = inOwnRegistry(({ selection }) => {
      let message = "no refusal";
      try {
        selection.selectPolicies({ names: ["x"] } as PolicySelection);
      } catch (error) {
        message = error instanceof Error ? error.message : String(error);
      }
      return { selected: names(selection.selectPolicies(several)), refusal: message };
    });
    expect(selected).toEqual(names(selectPolicies(several)));
    expect(selected.length).toBeGreaterThan(WAIVER_POLICIES.length);
    expect(refusal).toBe('The ocs-guard policy selection: "names" is not a criterion; the criteria are requirements, areas, severities.');
  });
});

describe("a pack composed with select", () => {
  it("validates the configuration the engine sends against the policies it selected", async () => {
    const passThrough = jest.fn<ReturnType<UnaryHandler>, Parameters<UnaryHandler>>((_call, callback) => callback(null));
    const tapped = inOwnRegistry(({ grpc, rpc, selection }) => {
      let configure: UnaryHandler | undefined;
      const original = grpc.Server.prototype.addService;
      // What the tap hands on to gRPC is kept here instead of being registered on a server.
      grpc.Server.prototype.addService = (_service, implementation) => {
        configure = (implementation as { configure?: UnaryHandler }).configure;
      };
      try {
        selection.select({ areas: ["um"] });
        grpc.Server.prototype.addService(rpc.AnalyzerService, { configure: passThrough } as never);
      } finally {
        grpc.Server.prototype.addService = original;
      }
      return configure;
    });
    if (!tapped || tapped === passThrough) throw new Error("select installed no Configure tap");
    const um = selectPolicies({ areas: ["um"] });
    const send = (config: Record<string, Record<string, unknown>>) =>
      new Promise<unknown>((resolve) => tapped({ request: configureRequest(um, config) }, (err) => resolve(err)));

    expect(await send({ "location-profile-enforce-dial-plan-name": { expectedport: 1 } })).toEqual({
      code: REFUSED,
      details: 'Policy location-profile-enforce-dial-plan-name has no configuration key "expectedport"; it takes only "enforcementLevel".',
    });
    expect(await send({ "media-gateway-require-tls": {} })).toEqual({
      code: REFUSED,
      details: expect.stringMatching(/^The pack configuration names "media-gateway-require-tls", which is no policy of this pack/),
    });
    expect(passThrough).not.toHaveBeenCalled();
    expect(await send({})).toBeNull();
    expect(passThrough).toHaveBeenCalledTimes(1);
  });
});
