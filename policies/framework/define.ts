import type {
  EnforcementLevel,
  PolicyConfigSchema,
  ReportViolation,
  ResourceValidationPolicy,
  Severity,
  StackValidationPolicy,
} from "@pulumi/policy";
import { z } from "zod";
import type { Kind } from "../../components/model/catalog";
import { catalog } from "../../components/model/catalog";
import { describeConfigProblems } from "./config-validation";
import { defaultWaiverRules, type WaiverRules, waiverRulesInForce } from "./exceptions";
import { isUnknownValueError, NotVerifiableError, type Unverifiable } from "./not-verifiable";
import { describeSource, type RequirementId, type SeedReference } from "./requirements";
import { type JudgedResources, judgedResources } from "./judged";
import { tapSdkSecrets } from "./secrets";
import { buildViews, type MalformedMember, type Member, type StackResource, type TopologyView } from "./topology-view";
import { type Acceptance, acceptanceFor } from "./waivers";
import { unknownPathFor } from "./unknown-aware";

export const DOCS_URL = "https://github.com/ocs-guard/ocs-guard/blob/main/docs/policies.md";
export const FRAMEWORK = { name: "OCS 2007 R2 Security Guide", version: "2007 R2" };

/** What a policy declares about itself; everything the docs, the CLI and the reports show. */
export interface PolicyInfo {
  /** kebab-case, starting from the thing judged, with a verb: `mediation-server-require-two-nics`. */
  name: string;
  kind: "resource" | "stack";
  requirements: RequirementId[];
  /** One sentence. */
  description: string;
  severity: Severity;
  enforcementLevel: Extract<EnforcementLevel, "mandatory" | "advisory">;
  seed: SeedReference;
  remediationSteps: string;
  /** Component kinds the policy reads. */
  appliesTo: Kind[];
  /** Whether a waiver can accept this policy's violations (the waiver policies themselves cannot). */
  waivable?: boolean;
}

/** A violation found by a rule, before waivers. */
export interface Finding {
  urn: string;
  subject: string;
  message: string;
}

export interface Evaluation {
  violations: Finding[];
  waived: (Finding & { acceptance: Acceptance })[];
  unverifiable: Unverifiable[];
}

/** What a rule gets besides the model: its configuration, the current date, and the unknown guard. */
export interface RuleContext<C> {
  config: C;
  now: Date;
  /** The configured exceptions and waiver rules in force. */
  waiverRules: WaiverRules;
  /**
   * Runs one judgement about `member`. If it needs a value unknown during preview, the judgement
   * is recorded as not verifiable (never as passed) and `undefined` is returned, so the rule goes
   * on judging everything else.
   */
  guard<T>(member: Pick<Member, "subject">, judge: () => T): T | undefined;
}

/** What the analyzer tells the engine about a policy (GetAnalyzerInfo), as plain data. */
export interface AnalyzerPolicyInfo {
  name: string;
  kind: PolicyInfo["kind"];
  description: string;
  enforcementLevel: PolicyInfo["enforcementLevel"];
  severity: Severity;
  remediationSteps: string;
  url: string;
  tags: string[];
  framework: { name: string; version: string; reference: string; specification: string };
  configSchema?: PolicyConfigSchema;
}

export interface OcsPolicy {
  info: PolicyInfo;
  /** The policy as the analyzer describes it to the engine. */
  analyzerInfo: AnalyzerPolicyInfo;
  /** The resource types (tokens) a resource policy judges; none for a stack policy. */
  resourceTypes: readonly string[];
  /** JSON schema of the configuration, as the engine receives it. */
  configSchema?: PolicyConfigSchema;
  /** The configuration with every default applied. */
  resolveConfig(raw: Record<string, unknown>): unknown;
  /** One sentence per problem of a raw configuration: unknown keys (with the nearest valid one), types, cross-field rules. */
  configProblems(raw: Record<string, unknown>): string[];
  /** The policy as an @pulumi/policy object, for a PolicyPack of the SDK and for tests; built on first use. */
  readonly policy: ResourceValidationPolicy | StackValidationPolicy;
  /** Runs the rule over stack resources, applying waivers and exceptions; the engine path and tests share it. */
  evaluate(resources: readonly StackResource[], rawConfig?: Record<string, unknown>, now?: Date, rules?: WaiverRules): Evaluation;
  /**
   * `evaluate` on resources shared with the other policies of one request, with the configuration
   * already resolved (`resolveConfig`): what ocs-guard's analyzer server runs.
   */
  judge(judged: JudgedResources, config: unknown, now: Date, rules: WaiverRules): Evaluation;
}

type ConfigShape = z.ZodObject;

interface CommonDefinition<S extends ConfigShape | undefined> extends Omit<PolicyInfo, "kind"> {
  /** zod object of the configurable values, each with the seed's value as its default. */
  config?: S;
}

type ConfigOf<S> = S extends ConfigShape ? z.infer<S> : Record<string, never>;

export interface ResourcePolicyDefinition<K extends Kind, S extends ConfigShape | undefined>
  extends CommonDefinition<S> {
  appliesTo: K[];
  /** Returns one message per violation; each names the resource, the value found and the value required. */
  check(member: Member<K>, ctx: RuleContext<ConfigOf<S>>): string[];
}

export interface StackPolicyDefinition<S extends ConfigShape | undefined> extends CommonDefinition<S> {
  /** Judges one topology; returns the violations, each attributed to the member it concerns. */
  check(topology: TopologyView, ctx: RuleContext<ConfigOf<S>>): Finding[];
  /** Judges a component whose model cannot be read, of any kind (by default only the kinds it applies to are reported as malformed). */
  checkMalformed?(member: MalformedMember, ctx: RuleContext<ConfigOf<S>>): Finding[];
}

function withRequirements(message: string, ids: readonly string[]): string {
  return `${message.replace(/\.\s*$/, "")} (${ids.join(", ")}).`;
}

function configParts<S extends ConfigShape | undefined>(name: string, config: S) {
  if (config === undefined) {
    const problems = (raw: Record<string, unknown>) => describeConfigProblems(name, undefined, [], raw);
    return { schema: undefined, resolve: () => ({}) as ConfigOf<S>, problems };
  }
  const keys = Object.keys(config.shape);
  const problems = (raw: Record<string, unknown>) => describeConfigProblems(name, config, keys, raw);
  const json = z.toJSONSchema(config, { io: "input", unrepresentable: "any" }) as {
    properties?: PolicyConfigSchema["properties"];
  };
  const resolve = (raw: Record<string, unknown>): ConfigOf<S> => {
    const result = config.safeParse(raw);
    // The engine path never gets here with an invalid configuration: Configure refused it.
    if (!result.success) throw new Error(problems(raw).join(" "));
    return result.data as ConfigOf<S>;
  };
  return { schema: { properties: json.properties ?? {} } as PolicyConfigSchema, resolve, problems };
}

function metadata(info: PolicyInfo, schema: PolicyConfigSchema | undefined): AnalyzerPolicyInfo {
  return {
    name: info.name,
    kind: info.kind,
    description: info.description,
    enforcementLevel: info.enforcementLevel,
    severity: info.severity,
    remediationSteps: info.remediationSteps,
    url: `${DOCS_URL}#${info.name}`,
    tags: [...info.requirements],
    framework: {
      ...FRAMEWORK,
      reference: `${info.requirements.join(", ")} (${describeSource(info.seed)})`,
      specification: info.seed.text,
    },
    ...(schema ? { configSchema: schema } : {}),
  };
}

/** The SDK's fields of a policy object, from the analyzer's description of it. */
function sdkFields({ kind: _kind, ...fields }: AnalyzerPolicyInfo) {
  return fields;
}

/** Builds the SDK policy object on first use, with the tap that shows the SDK's secrets to the rules. */
function lazySdkPolicy<P>(build: () => P): () => P {
  let built: P | undefined;
  return () => {
    tapSdkSecrets();
    return (built ??= build());
  };
}

/** Records a finding; `waivable: false` keeps it a violation whatever waivers cover its resource. */
type Found = (f: Finding, waivable?: boolean) => void;
type Judge<C> = (judged: JudgedResources, ctx: RuleContext<C>, found: Found) => void;
type Judgement<C> = (judged: JudgedResources, config: C, now: Date, rules: WaiverRules) => Evaluation;

/**
 * Builds a policy's judgement: runs its rule with the resolved configuration, applies the waivers
 * and configured exceptions that cover the judged resources, collects what is not verifiable
 * during preview, and hides in every message the values the judged resources hold as secrets.
 */
function judgement<C>(info: PolicyInfo, judge: Judge<C>): Judgement<C> {
  return (judged, config, now, rules) => {
    const acceptance = (urn: string) => {
      const resource = judged.resource(urn);
      return resource && acceptanceFor(resource, info.name, now, rules);
    };
    try {
      return collect(info, config, now, rules, (ctx, found) => judge(judged, ctx, found), acceptance, judged.redact);
    } catch (error) {
      // A rule that fails reaches the engine's output as its error text: that text hides secrets too.
      if (error instanceof Error) {
        error.message = judged.redact(error.message);
        if (error.stack !== undefined) error.stack = judged.redact(error.stack);
      }
      throw error;
    }
  };
}

/** `evaluate`: resolves the raw configuration, then judges the resources on their own. */
function evaluator<C>(resolve: (raw: Record<string, unknown>) => C, judge: Judgement<C>): OcsPolicy["evaluate"] {
  return (resources, rawConfig = {}, now = new Date(), rules = defaultWaiverRules) =>
    judge(judgedResources(resources), resolve(rawConfig), now, rules);
}

/**
 * Runs a rule's judgements, collecting findings and what is not verifiable during preview. Every
 * finding passes through here, so this is where secret values leave its message: the rule judged
 * the real values, the message shows `[secret]`.
 */
function collect<C>(
  info: PolicyInfo,
  config: C,
  now: Date,
  waiverRules: WaiverRules,
  run: (ctx: RuleContext<C>, found: Found) => void,
  acceptanceOf: (urn: string) => Acceptance | undefined,
  redact: (text: string) => string,
): Evaluation {
  const evaluation: Evaluation = { violations: [], waived: [], unverifiable: [] };
  const ctx: RuleContext<C> = {
    config,
    now,
    waiverRules,
    guard(member, judge) {
      try {
        return judge();
      } catch (error) {
        if (!isUnknownValueError(error)) throw error;
        // Names and paths, but they pass the same redaction as every other text that is printed.
        evaluation.unverifiable.push({ subject: redact(member.subject), path: redact(unknownPathFor(error, member.subject)) });
        return undefined;
      }
    },
  };
  const found: Found = (f, waivable = info.waivable !== false) => {
    const finding = { ...f, message: withRequirements(redact(f.message), info.requirements) };
    const acceptance = waivable ? acceptanceOf(f.urn) : undefined;
    if (acceptance) evaluation.waived.push({ ...finding, acceptance });
    else evaluation.violations.push(finding);
  };
  run(ctx, found);
  return evaluation;
}

function malformedFinding(info: PolicyInfo, m: { urn: string; subject: string; problems: string[] }): Finding {
  return {
    urn: m.urn,
    subject: m.subject,
    message: `${m.subject} cannot be judged by ${info.name} because its model is malformed: ${m.problems
      .map((p) => p.replace(/\.$/, ""))
      .join("; ")}`,
  };
}

function outsideTopologyFinding(info: PolicyInfo, m: Member): Finding {
  return {
    urn: m.urn,
    subject: m.subject,
    message: `${m.subject} is not inside a Topology, so ${info.name} cannot relate it to the other components of its deployment; create it with \`{ parent: topology }\` (the Topology component of its deployment, or a component parented by it)`,
  };
}

function report(evaluation: Evaluation, reportViolation: ReportViolation, info: PolicyInfo): void {
  for (const v of evaluation.violations) reportViolation(v.message, v.urn);
  if (evaluation.unverifiable.length > 0) {
    throw new NotVerifiableError(evaluation.unverifiable, info.requirements.join(", "));
  }
}

/** Defines a policy that judges one component at a time. */
export function resourcePolicy<K extends Kind, S extends ConfigShape | undefined = undefined>(
  def: ResourcePolicyDefinition<K, S>,
): OcsPolicy {
  const info: PolicyInfo = { ...def, kind: "resource" };
  const { schema, resolve, problems } = configParts(def.name, def.config as S);
  const tokens = new Set<string>(def.appliesTo.map((k) => catalog[k].token));

  const judge = judgement<ConfigOf<S>>(info, (judged, ctx, found) => {
    const { views, malformed } = buildViews(judged.resources.filter((r) => tokens.has(r.type)));
    // A model that cannot be read cannot be judged, so no waiver can accept it.
    for (const m of malformed) found(malformedFinding(info, m), false);
    for (const view of views) {
      for (const kind of def.appliesTo) {
        for (const member of view.of(kind)) {
          const messages = ctx.guard(member, () => def.check(member, ctx)) ?? [];
          for (const message of messages) found({ urn: member.urn, subject: member.subject, message });
        }
      }
    }
  });

  const evaluate = evaluator(resolve, judge);
  const analyzerInfo = metadata(info, schema);
  const policy = lazySdkPolicy(
    (): ResourceValidationPolicy => ({
      ...sdkFields(analyzerInfo),
      validateResource: (args, reportViolation) => {
        // Stryker disable next-line ConditionalExpression: the judgement picks the resources of its types again, so one of another type finds nothing either way
        if (!tokens.has(args.type)) return;
        const resource = { type: args.type, name: args.name, urn: args.urn, props: args.props };
        report(evaluate([resource], args.getConfig<Record<string, unknown>>(), new Date(), waiverRulesInForce()), reportViolation, info);
      },
    }),
  );
  return {
    info,
    analyzerInfo,
    resourceTypes: [...tokens],
    configSchema: schema,
    resolveConfig: resolve,
    configProblems: problems,
    get policy() {
      return policy();
    },
    evaluate,
    judge: judge as OcsPolicy["judge"],
  };
}

/** Defines a policy that judges the relations between the components of a topology. */
export function stackPolicy<S extends ConfigShape | undefined = undefined>(def: StackPolicyDefinition<S>): OcsPolicy {
  const info: PolicyInfo = { ...def, kind: "stack" };
  const { schema, resolve, problems } = configParts(def.name, def.config as S);
  const kinds = new Set<Kind>(def.appliesTo);

  const judge = judgement<ConfigOf<S>>(info, (judged, ctx, found) => {
    const { views, malformed } = judged.views();
    for (const m of malformed) {
      if (kinds.has(m.kind)) found(malformedFinding(info, m), false);
      for (const f of def.checkMalformed?.(m, ctx) ?? []) found(f);
    }
    for (const view of views) {
      // A relation rule cannot place a component that belongs to no Topology: say so on it, rather
      // than report its partners as unknown to the topology.
      if (!view.rooted && kinds.size > 0) {
        for (const m of view.members) if (kinds.has(m.kind)) found(outsideTopologyFinding(info, m));
        continue;
      }
      const findings = ctx.guard({ subject: `topology "${view.name}"` }, () => def.check(view, ctx)) ?? [];
      for (const f of findings) found(f);
    }
  });

  const evaluate = evaluator(resolve, judge);
  const analyzerInfo = metadata(info, schema);
  const policy = lazySdkPolicy(
    (): StackValidationPolicy => ({
      ...sdkFields(analyzerInfo),
      validateStack: (args, reportViolation) => {
        report(evaluate(args.resources, args.getConfig<Record<string, unknown>>(), new Date(), waiverRulesInForce()), reportViolation, info);
      },
    }),
  );
  return {
    info,
    analyzerInfo,
    resourceTypes: [],
    configSchema: schema,
    resolveConfig: resolve,
    configProblems: problems,
    get policy() {
      return policy();
    },
    evaluate,
    judge: judge as OcsPolicy["judge"],
  };
}
