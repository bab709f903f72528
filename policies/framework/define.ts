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
import type { Waiver } from "../../components/model/waiver";
import { recordConfigInForce } from "./config-in-force";
import { isUnknownValueError, NotVerifiableError, type Unverifiable } from "./not-verifiable";
import { describeSource, type RequirementId, type SeedReference } from "./requirements";
import { buildViews, type Member, type StackResource, type TopologyView } from "./topology-view";
import { unknownPathFor } from "./unknown-aware";
import { activeWaiver } from "./waivers";

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
  waived: (Finding & { waiver: Waiver })[];
  unverifiable: Unverifiable[];
}

/** What a rule gets besides the model: its configuration, the current date, and the unknown guard. */
export interface RuleContext<C> {
  config: C;
  now: Date;
  /**
   * Runs one judgement about `member`. If it needs a value unknown during preview, the judgement
   * is recorded as not verifiable (never as passed) and `undefined` is returned, so the rule goes
   * on judging everything else.
   */
  guard<T>(member: Pick<Member, "subject">, judge: () => T): T | undefined;
}

export interface OcsPolicy {
  info: PolicyInfo;
  /** JSON schema of the configuration, as the engine receives it. */
  configSchema?: PolicyConfigSchema;
  /** The configuration with every default applied. */
  resolveConfig(raw: Record<string, unknown>): unknown;
  /** The policy object the pack serves. */
  policy: ResourceValidationPolicy | StackValidationPolicy;
  /** Runs the rule over stack resources, applying waivers; the engine path and tests share it. */
  evaluate(resources: readonly StackResource[], rawConfig?: Record<string, unknown>, now?: Date): Evaluation;
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
}

function withRequirements(message: string, ids: readonly string[]): string {
  return `${message.replace(/\.\s*$/, "")} (${ids.join(", ")}).`;
}

function configParts<S extends ConfigShape | undefined>(config: S) {
  if (config === undefined) {
    return { schema: undefined, resolve: () => ({}) as ConfigOf<S> };
  }
  const json = z.toJSONSchema(config, { io: "input", unrepresentable: "any" }) as {
    properties?: PolicyConfigSchema["properties"];
  };
  const resolve = (raw: Record<string, unknown>): ConfigOf<S> => {
    const result = config.safeParse(raw);
    if (!result.success) {
      throw new Error(`invalid policy configuration: ${z.prettifyError(result.error)}`);
    }
    return result.data as ConfigOf<S>;
  };
  return { schema: { properties: json.properties ?? {} } as PolicyConfigSchema, resolve };
}

function metadata(info: PolicyInfo) {
  return {
    name: info.name,
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
  };
}

type Judge<C> = (resources: readonly StackResource[], ctx: RuleContext<C>, found: (f: Finding) => void) => void;

/**
 * Builds a policy's `evaluate`: runs its judgements with the resolved configuration, applies the
 * waivers the judged resources carry, and collects what is not verifiable during preview.
 */
function evaluator<C>(info: PolicyInfo, resolve: (raw: Record<string, unknown>) => C, judge: Judge<C>) {
  return (resources: readonly StackResource[], rawConfig: Record<string, unknown> = {}, now = new Date()): Evaluation => {
    const config = resolve(rawConfig);
    const byUrn = new Map(resources.map((r) => [r.urn, r.props]));
    return collect(info, config, now, (ctx, found) => judge(resources, ctx, found), (urn) => byUrn.get(urn));
  };
}

/** Runs a rule's judgements, collecting findings and what is not verifiable during preview. */
function collect<C>(
  info: PolicyInfo,
  config: C,
  now: Date,
  run: (ctx: RuleContext<C>, found: (f: Finding) => void) => void,
  propsOf: (urn: string) => unknown,
): Evaluation {
  const evaluation: Evaluation = { violations: [], waived: [], unverifiable: [] };
  const ctx: RuleContext<C> = {
    config,
    now,
    guard(member, judge) {
      try {
        return judge();
      } catch (error) {
        if (!isUnknownValueError(error)) throw error;
        evaluation.unverifiable.push({ subject: member.subject, path: unknownPathFor(error, member.subject) });
        return undefined;
      }
    },
  };
  const found = (f: Finding) => {
    const finding = { ...f, message: withRequirements(f.message, info.requirements) };
    const waiver = info.waivable === false ? undefined : activeWaiver(propsOf(f.urn), info.name, now);
    if (waiver) evaluation.waived.push({ ...finding, waiver });
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

/** The configuration the engine gave a policy, remembered for the accepted-risk report. */
function engineConfig(info: PolicyInfo, config: Record<string, unknown>): Record<string, unknown> {
  recordConfigInForce(info.name, config);
  return config;
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
  const { schema, resolve } = configParts(def.config as S);
  const tokens = new Set<string>(def.appliesTo.map((k) => catalog[k].token));

  const evaluate = evaluator(info, resolve, (resources, ctx, found) => {
    const { views, malformed } = buildViews(resources.filter((r) => tokens.has(r.type)));
    for (const m of malformed) found(malformedFinding(info, m));
    for (const view of views) {
      for (const kind of def.appliesTo) {
        for (const member of view.of(kind)) {
          const messages = ctx.guard(member, () => def.check(member, ctx)) ?? [];
          for (const message of messages) found({ urn: member.urn, subject: member.subject, message });
        }
      }
    }
  });

  const policy: ResourceValidationPolicy = {
    ...metadata(info),
    ...(schema ? { configSchema: schema } : {}),
    validateResource: (args, reportViolation) => {
      if (!tokens.has(args.type)) return;
      const resource = { type: args.type, name: args.name, urn: args.urn, props: args.props };
      report(evaluate([resource], engineConfig(info, args.getConfig<Record<string, unknown>>())), reportViolation, info);
    },
  };
  return { info, configSchema: schema, resolveConfig: resolve, policy, evaluate };
}

/** Defines a policy that judges the relations between the components of a topology. */
export function stackPolicy<S extends ConfigShape | undefined = undefined>(def: StackPolicyDefinition<S>): OcsPolicy {
  const info: PolicyInfo = { ...def, kind: "stack" };
  const { schema, resolve } = configParts(def.config as S);
  const kinds = new Set<Kind>(def.appliesTo);

  const evaluate = evaluator(info, resolve, (resources, ctx, found) => {
    const { views, malformed } = buildViews(resources);
    for (const m of malformed) if (kinds.has(m.kind)) found(malformedFinding(info, m));
    for (const view of views) {
      const findings = ctx.guard({ subject: `topology "${view.name}"` }, () => def.check(view, ctx)) ?? [];
      for (const f of findings) found(f);
    }
  });

  const policy: StackValidationPolicy = {
    ...metadata(info),
    ...(schema ? { configSchema: schema } : {}),
    validateStack: (args, reportViolation) => {
      report(evaluate(args.resources, engineConfig(info, args.getConfig<Record<string, unknown>>())), reportViolation, info);
    },
  };
  return { info, configSchema: schema, resolveConfig: resolve, policy, evaluate };
}
