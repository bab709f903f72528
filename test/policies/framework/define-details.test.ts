import { z } from "zod";
import {
  DOCS_URL,
  FRAMEWORK,
  type PolicyInfo,
  type ResourcePolicyDefinition,
  resourcePolicy,
  type StackPolicyDefinition,
  stackPolicy,
} from "../../../policies/framework/define";
import { defaultWaiverRules } from "../../../policies/framework/exceptions";
import { judgedResources } from "../../../policies/framework/judged";
import { NotVerifiableError } from "../../../policies/framework/not-verifiable";
import { declareSecretPaths } from "../../../policies/framework/secrets";
import { UnknownValueError, unknownStringValue } from "../../../policies/framework/sdk-internals";
import type { StackResource } from "../../../policies/framework/topology-view";
import { latestExpiry } from "../../../policies/framework/waivers";
import { mediationModel, sampleMediationRule } from "./sample";

// What policyInfo, messages, configuration and findings look like once a definition has gone
// through resourcePolicy/stackPolicy. The policies are built inside the tests, so what the
// definition does while it builds them is judged too.

const topology = {
  type: "ocs:index:Topology",
  name: "contoso",
  urn: "urn:contoso",
  props: declareSecretPaths({ organization: "Contoso", sipDomains: ["contoso.com"], sites: ["redmond"] }, []),
};
const med = (name: string, props: unknown, parent: StackResource | null = topology): StackResource => ({
  type: "ocs:voice:MediationServer",
  name,
  urn: `urn:${name}`,
  props,
  ...(parent ? { parent } : {}),
});
const known = <T extends object>(props: T): T => declareSecretPaths(structuredClone(props), []);
const now = new Date("2026-12-01T12:00:00Z");

type MediationCheck = ResourcePolicyDefinition<"mediationServer", undefined>["check"];

/** A Mediation Server policy of the sample's metadata whose rule finds `messages`, throws `throws`, or is `check`. */
function resourceRule(overrides: Partial<PolicyInfo> & { messages?: string[]; throws?: unknown; check?: MediationCheck } = {}) {
  const { messages = ["found"], throws, check, ...info } = overrides;
  return resourcePolicy({
    ...sampleMediationRule,
    name: "mediation-server-detail",
    remediationSteps: "Do it.",
    ...info,
    appliesTo: ["mediationServer"],
    check:
      check ??
      (() => {
        if (throws !== undefined) throw throws;
        return messages;
      }),
  });
}

/** A stack policy of the sample's metadata, with the definition's other fields given. */
function stackRule<S extends Partial<StackPolicyDefinition<undefined>>>(def: S & Pick<StackPolicyDefinition<undefined>, "check">) {
  return stackPolicy<undefined>({ ...sampleMediationRule, name: "stack-detail", remediationSteps: "r", ...def });
}

describe("what a policy tells the engine about itself", () => {
  it("describes itself with its documentation link, requirement tags, framework reference and seed text", () => {
    const policy = resourceRule({ requirements: ["OCS-GW-6", "OCS-GW-7"], description: "Ports are right.", severity: "high" });
    expect(policy.analyzerInfo).toEqual({
      name: "mediation-server-detail",
      kind: "resource",
      description: "Ports are right.",
      enforcementLevel: "mandatory",
      severity: "high",
      remediationSteps: "Do it.",
      url: `${DOCS_URL}#mediation-server-detail`,
      tags: ["OCS-GW-6", "OCS-GW-7"],
      framework: {
        name: FRAMEWORK.name,
        version: FRAMEWORK.version,
        reference: "OCS-GW-6, OCS-GW-7 (seed 001, Media Gateway Security)",
        specification: "The default port is 5061.",
      },
    });
    expect(policy.configSchema).toBeUndefined();
    expect(policy.resourceTypes).toEqual(["ocs:voice:MediationServer"]);
    expect(policy.info.kind).toBe("resource");
  });

  it("names the deployment documentation as the source when the rule comes from it", () => {
    const policy = resourceRule({ seed: { document: "deployment-docs", section: "Edge ports", text: "t" } });
    expect(policy.analyzerInfo.framework.reference).toBe("OCS-GW-6 (Microsoft deployment documentation, Edge ports)");
  });

  it("hands the SDK the same fields, without its own kind, and builds the SDK object once", () => {
    const policy = resourceRule();
    const sdk = policy.policy as unknown as Record<string, unknown>;
    expect(sdk).not.toHaveProperty("kind");
    expect(sdk).toMatchObject({ name: "mediation-server-detail", url: `${DOCS_URL}#mediation-server-detail`, tags: ["OCS-GW-6"] });
    expect(typeof sdk.validateResource).toBe("function");
    expect(policy.policy).toBe(policy.policy);

    const stack = stackRule({ check: () => [] });
    expect(stack.analyzerInfo.kind).toBe("stack");
    expect(stack.resourceTypes).toEqual([]);
    expect(typeof (stack.policy as unknown as Record<string, unknown>).validateStack).toBe("function");
    expect(stack.policy).toBe(stack.policy);
  });

  it("publishes the configuration as a JSON schema of its inputs, defaults included", () => {
    const policy = resourcePolicy({
      ...sampleMediationRule,
      name: "configured-detail",
      remediationSteps: "r",
      config: z.object({ port: z.number().int().default(5061), label: z.string().optional() }),
      check: () => [],
    });
    expect(policy.configSchema?.properties).toEqual({
      port: expect.objectContaining({ type: "integer", default: 5061 }),
      label: expect.objectContaining({ type: "string" }),
    });
    expect(policy.analyzerInfo.configSchema).toBe(policy.configSchema);
  });
});

describe("configuration, resolved or refused whole", () => {
  const configured = resourcePolicy({
    ...sampleMediationRule,
    name: "configured-detail",
    remediationSteps: "r",
    config: z.object({ port: z.number().int().default(5061) }),
    check: (member, ctx) => (member.model.internal.port === ctx.config.port ? [] : [`port ${member.model.internal.port}`]),
  });

  it("applies the defaults, and takes a given value over them", () => {
    expect(configured.resolveConfig({})).toEqual({ port: 5061 });
    expect(configured.resolveConfig({ port: 5070 })).toEqual({ port: 5070 });
  });

  it("refuses an invalid configuration with every problem in one text", () => {
    expect(configured.configProblems({ prot: 5061 })).toEqual([
      'Policy configured-detail has no configuration key "prot"; did you mean "port"?',
    ]);
    const twoFields = resourcePolicy({
      ...sampleMediationRule,
      name: "two-fields",
      remediationSteps: "r",
      config: z.object({ port: z.number().int().default(5061), transport: z.enum(["tls", "mtls"]).default("tls") }),
      check: () => [],
    });
    const raw = { port: "x", transport: "udp" };
    const problems = twoFields.configProblems(raw);
    expect(problems).toHaveLength(2);
    expect(problems.every((p) => p.startsWith("Policy two-fields configuration"))).toBe(true);
    expect(() => twoFields.resolveConfig(raw)).toThrow(new Error(problems.join(" ")));
    expect(() => twoFields.evaluate([], raw)).toThrow(new Error(problems.join(" ")));
  });

  it("judges with the configuration given to evaluate", () => {
    const props = known(mediationModel({ internal: { ...mediationModel().internal, port: 5070 } }));
    expect(configured.evaluate([med("m", props)], { port: 5070 }).violations).toEqual([]);
    expect(configured.evaluate([med("m", props)]).violations).toHaveLength(1);
  });

  it("takes no configuration where it declares none, and says so for any key", () => {
    const plain = resourceRule({ messages: [] });
    expect(plain.resolveConfig({ anything: 1 })).toEqual({});
    expect(plain.configProblems({})).toEqual([]);
    expect(plain.configProblems({ port: 1 })).toEqual([
      'Policy mediation-server-detail has no configuration key "port"; it takes only "enforcementLevel".',
    ]);
  });
});

describe("messages", () => {
  const props = known(mediationModel());
  const messageOf = (message: string, requirements: PolicyInfo["requirements"] = ["OCS-GW-6"]) =>
    resourceRule({ messages: [message], requirements }).evaluate([med("m", props)], {}, now).violations[0]?.message;

  it("end with the requirement IDs and one full stop, whatever the rule's message ends with", () => {
    expect(messageOf("port is 5070")).toBe("port is 5070 (OCS-GW-6).");
    expect(messageOf("port is 5070.")).toBe("port is 5070 (OCS-GW-6).");
    expect(messageOf("port is 5070.  ")).toBe("port is 5070 (OCS-GW-6).");
    expect(messageOf("next hop is pool1.contoso.com")).toBe("next hop is pool1.contoso.com (OCS-GW-6).");
    expect(messageOf("a. b. c")).toBe("a. b. c (OCS-GW-6).");
  });

  it("name every requirement a policy enforces", () => {
    expect(messageOf("found", ["OCS-GW-6", "OCS-GW-7"])).toBe("found (OCS-GW-6, OCS-GW-7).");
  });

  it("name the resource the finding is about", () => {
    const evaluation = resourceRule({ messages: ["one", "two"] }).evaluate([med("m", props)], {}, now);
    expect(evaluation.violations).toEqual([
      { urn: "urn:m", subject: 'Mediation Server "m"', message: "one (OCS-GW-6)." },
      { urn: "urn:m", subject: 'Mediation Server "m"', message: "two (OCS-GW-6)." },
    ]);
    expect(evaluation.waived).toEqual([]);
    expect(evaluation.unverifiable).toEqual([]);
  });

  it("show [secret] for a value the resource holds as a secret", () => {
    const secretProps = declareSecretPaths(structuredClone(mediationModel()), [["nextHop"]]);
    const evaluation = resourceRule({ messages: ["next hop is pool1.contoso.com"] }).evaluate([med("m", secretProps)], {}, now);
    expect(evaluation.violations[0]?.message).toBe("next hop is [secret] (OCS-GW-6).");
  });
});

describe("a rule that fails", () => {
  const secretProps = () => declareSecretPaths(structuredClone(mediationModel()), [["nextHop"]]);

  it("fails with its error, secrets hidden in its message and stack", () => {
    const error = new Error("cannot read pool1.contoso.com");
    error.stack = "Error: cannot read pool1.contoso.com\n    at rule (pool1.contoso.com:1:1)";
    const policy = resourceRule({ throws: error });
    let thrown: unknown;
    try {
      policy.evaluate([med("m", secretProps())], {}, now);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBe(error);
    expect(error.message).toBe("cannot read [secret]");
    expect(error.stack).toBe("Error: cannot read [secret]\n    at rule ([secret]:1:1)");
  });

  it("fails with an error that has no stack, and with what is not an Error, unchanged", () => {
    const bare = new Error("cannot read pool1.contoso.com");
    delete bare.stack;
    expect(() => resourceRule({ throws: bare }).evaluate([med("m", secretProps())], {}, now)).toThrow("cannot read [secret]");
    expect(bare.stack).toBeUndefined();
    expect(() => resourceRule({ throws: "pool1.contoso.com" }).evaluate([med("m", secretProps())], {}, now)).toThrow(
      "pool1.contoso.com",
    );
  });

  it("records a value unknown during preview as not verifiable, on the member and path it needed", () => {
    const policy = resourceRule({ throws: new UnknownValueError(unknownStringValue, ["external", "ip"]) });
    const evaluation = policy.evaluate([med("m", known(mediationModel()))], {}, now);
    expect(evaluation.violations).toEqual([]);
    expect(evaluation.unverifiable).toEqual([{ subject: 'Mediation Server "m"', path: "external.ip" }]);
  });

  it("hides a secret in the subject and path of what is not verifiable", () => {
    const props = declareSecretPaths(structuredClone(mediationModel()), [["nextHop"]]);
    const policy = resourceRule({ throws: new UnknownValueError(unknownStringValue, ["pool1.contoso.com"]) });
    const evaluation = policy.evaluate([med("pool1.contoso.com", props)], {}, now);
    expect(evaluation.unverifiable).toEqual([{ subject: 'Mediation Server "[secret]"', path: "[secret]" }]);
  });
});

describe("the SDK's view of a resource policy", () => {
  type Report = (message: string, urn?: string) => void;
  const validate = (policy: ReturnType<typeof resourceRule>, type: string, props: unknown) => {
    const reported: [string, string | undefined][] = [];
    const report: Report = (message, urn) => reported.push([message, urn]);
    const sdk = policy.policy as unknown as {
      validateResource(args: object, report: Report): void;
    };
    sdk.validateResource({ type, name: "m", urn: "urn:m", props, getConfig: () => ({}) }, report);
    return reported;
  };

  it("reports each violation with the resource's URN", () => {
    expect(validate(resourceRule({ messages: ["one", "two"] }), "ocs:voice:MediationServer", known(mediationModel()))).toEqual([
      ["one (OCS-GW-6).", "urn:m"],
      ["two (OCS-GW-6).", "urn:m"],
    ]);
  });

  it("leaves resources of other types alone", () => {
    expect(validate(resourceRule(), "ocs:voice:MediaGateway", known(mediationModel()))).toEqual([]);
  });

  it("throws the not-verifiable note after reporting what it could judge", () => {
    const policy = resourceRule({ throws: new UnknownValueError(unknownStringValue, ["external", "ip"]), requirements: ["OCS-GW-6", "OCS-GW-7"] });
    let thrown: unknown;
    try {
      validate(policy, "ocs:voice:MediationServer", known(mediationModel()));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(NotVerifiableError);
    expect((thrown as Error).message).toContain('Mediation Server "m" external.ip is unknown during preview (OCS-GW-6, OCS-GW-7)');
  });
});

describe("malformed models", () => {
  const malformed = () => known({ ...mediationModel(), internal: 42, mediaEncryption: undefined });
  const waiver = { policy: "mediation-server-detail", justification: "the PBX needs it", owner: "voice team", expires: latestExpiry(now, 30) };

  it("are one finding naming every problem, each without its full stop, and no waiver accepts it", () => {
    const props = known({ ...malformed(), waivers: [waiver] });
    const evaluation = resourceRule().evaluate([med("m", props)], {}, now);
    expect(evaluation.waived).toEqual([]);
    expect(evaluation.violations).toHaveLength(1);
    const message = evaluation.violations[0]?.message ?? "";
    expect(message).toMatch(/^Mediation Server "m" cannot be judged by mediation-server-detail because its model is malformed: /);
    expect(message).toMatch(/field internal is 42; it must be an object; .*\(OCS-GW-6\)\.$/);
    expect(message).not.toContain(".;");
  });

  it("are reported by a stack policy for the kinds it applies to, and passed to its own check of any kind", () => {
    const seen: string[] = [];
    const policy = stackRule({
      appliesTo: ["mediaGateway"],
      check: () => [],
      checkMalformed(m) {
        seen.push(m.subject);
        return [{ urn: m.urn, subject: m.subject, message: `${m.subject} odd` }];
      },
    });
    const props = known({ ...malformed(), waivers: [{ ...waiver, policy: "stack-detail" }] });
    const evaluation = policy.evaluate([topology, med("m", props)], {}, now);
    expect(seen).toEqual(['Mediation Server "m"']);
    // Not a kind the policy applies to: no malformed finding; its own finding is waivable.
    expect(evaluation.violations).toEqual([]);
    expect(evaluation.waived.map((w) => w.message)).toEqual(['Mediation Server "m" odd (OCS-GW-6).']);

    const ofItsKind = stackRule({ check: () => [] });
    const found = ofItsKind.evaluate([topology, med("m", props)], {}, now);
    expect(found.waived).toEqual([]);
    expect(found.violations.map((v) => v.message)).toEqual([expect.stringContaining("because its model is malformed")]);
  });
});

describe("stack policies and the topology", () => {
  it("judge each topology under its name, and note an unknown it needed on the topology", () => {
    const judgedViews: string[] = [];
    const policy = stackRule({
      check(view) {
        judgedViews.push(`${view.name}:${view.members.length}`);
        throw new UnknownValueError(unknownStringValue, ["sites"]);
      },
    });
    const evaluation = policy.evaluate([topology, med("m", known(mediationModel()))], {}, now);
    expect(judgedViews).toEqual(["contoso:2"]);
    expect(evaluation.unverifiable).toEqual([{ subject: 'topology "contoso"', path: "sites" }]);
  });

  it("judge components outside any Topology as a group of their own when the policy names no kind", () => {
    const judgedViews: string[] = [];
    const policy = stackRule({
      appliesTo: [],
      check(view) {
        judgedViews.push(`${view.name}:${view.rooted}`);
        return [];
      },
    });
    expect(policy.evaluate([med("m", known(mediationModel()), null)], {}, now)).toEqual({ violations: [], waived: [], unverifiable: [] });
    expect(judgedViews).toEqual(["(stack):false"]);
  });

  it("say of a component outside any Topology only that, once, for the kinds they apply to", () => {
    let checked = 0;
    const policy = stackRule({
      check: () => {
        checked++;
        return [];
      },
    });
    const evaluation = policy.evaluate([med("m", known(mediationModel()), null)], {}, now);
    expect(checked).toBe(0);
    expect(evaluation.violations).toEqual([
      {
        urn: "urn:m",
        subject: 'Mediation Server "m"',
        message:
          'Mediation Server "m" is not inside a Topology, so stack-detail cannot relate it to the other components of its deployment; create it with `{ parent: topology }` (the Topology component of its deployment, or a component parented by it) (OCS-GW-6).',
      },
    ]);
  });

  it("report through the SDK's validateStack with each finding's URN", () => {
    const policy = stackRule({
      check: (view) => view.of("mediationServer").map((m) => ({ urn: m.urn, subject: m.subject, message: "clash" })),
    });
    const reported: [string, string | undefined][] = [];
    const sdk = policy.policy as unknown as { validateStack(args: object, report: (m: string, u?: string) => void): void };
    sdk.validateStack({ resources: [topology, med("m", known(mediationModel()))], getConfig: () => ({}) }, (m, u) => reported.push([m, u]));
    expect(reported).toEqual([["clash (OCS-GW-6).", "urn:m"]]);
  });
});

describe("waivers through the definition", () => {
  const waiver = { policy: "mediation-server-detail", justification: "the PBX needs it", owner: "voice team", expires: latestExpiry(now, 30) };

  it("accept a finding of a waivable policy, and never one of a policy that is not", () => {
    const props = known({ ...mediationModel(), waivers: [waiver] });
    const waived = resourceRule().evaluate([med("m", props)], {}, now);
    expect(waived.violations).toEqual([]);
    expect(waived.waived).toEqual([
      {
        urn: "urn:m",
        subject: 'Mediation Server "m"',
        message: "found (OCS-GW-6).",
        acceptance: { ...waiver, recordedIn: "program" },
      },
    ]);
    const strict = resourceRule({ waivable: false }).evaluate([med("m", props)], {}, now);
    expect(strict.waived).toEqual([]);
    expect(strict.violations).toHaveLength(1);
  });

  it("judge with the waiver rules given, and today's date by default", () => {
    const props = known({ ...mediationModel(), waivers: [{ ...waiver, expires: latestExpiry(new Date(), 30) }] });
    const policy = resourceRule();
    expect(policy.evaluate([med("m", props)]).waived).toHaveLength(1);
    expect(policy.evaluate([med("m", props)], {}, undefined, defaultWaiverRules).waived).toHaveLength(1);
    expect(policy.evaluate([med("m", props)], {}, undefined, { ...defaultWaiverRules, requireConfiguredExceptions: true }).waived).toEqual([]);
  });

  it("accept a finding on another resource of the request by its own waivers", () => {
    const policy = stackRule({
      name: "mediation-server-detail",
      check: (view) => view.of("mediationServer").map((m) => ({ urn: m.urn, subject: m.subject, message: "clash" })),
    });
    const waivedOne = known({ ...mediationModel(), waivers: [waiver] });
    const evaluation = policy.judge(
      judgedResources([topology, med("a", waivedOne), med("b", known(mediationModel()))]),
      {},
      now,
      defaultWaiverRules,
    );
    expect(evaluation.waived.map((w) => w.urn)).toEqual(["urn:a"]);
    expect(evaluation.violations.map((v) => v.urn)).toEqual(["urn:b"]);
    // A finding on a resource the request does not hold: nothing can accept it.
    const stray = stackRule({
      name: "mediation-server-detail",
      check: () => [{ urn: "urn:elsewhere", subject: "x", message: "clash" }],
    });
    expect(stray.evaluate([topology, med("a", waivedOne)], {}, now).violations.map((v) => v.urn)).toEqual(["urn:elsewhere"]);
  });
});

describe("resource policies and kinds", () => {
  it("judge every member of the kinds they apply to, and no other", () => {
    const judged: string[] = [];
    const policy = resourceRule({
      check(member) {
        judged.push(member.name);
        return [];
      },
    });
    const gateway = { type: "ocs:voice:MediaGateway", name: "gw", urn: "urn:gw", props: {}, parent: topology };
    const evaluation = policy.evaluate([topology, med("a", known(mediationModel())), gateway, med("b", known(mediationModel()), null)], {}, now);
    expect(judged).toEqual(["a", "b"]);
    expect(evaluation).toEqual({ violations: [], waived: [], unverifiable: [] });
  });

  it("keep judging the other members after one that is not verifiable", () => {
    let calls = 0;
    const policy = resourceRule({
      check(member) {
        calls++;
        if (member.name === "a") throw new UnknownValueError(unknownStringValue, ["nextHop"]);
        return ["bad"];
      },
    });
    const evaluation = policy.evaluate([med("a", known(mediationModel())), med("b", known(mediationModel()))], {}, now);
    expect(calls).toBe(2);
    expect(evaluation.unverifiable).toEqual([{ subject: 'Mediation Server "a"', path: "nextHop" }]);
    expect(evaluation.violations.map((v) => v.urn)).toEqual(["urn:b"]);
  });
});
