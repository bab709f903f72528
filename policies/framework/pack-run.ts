/**
 * One configured run of a pack: the policies in force with their enforcement levels and resolved
 * configurations (worked out once, when the engine sends Configure), judging what the engine sends
 * and answering with diagnostics as @pulumi/policy's handlers word them. The gRPC side is in
 * sdk-server.ts.
 */
import type { Evaluation, OcsPolicy } from "./define";
import type { WaiverRules } from "./exceptions";
import { judgedResources, type JudgedResources } from "./judged";
import { isUnknownValueError, NotVerifiableError } from "./not-verifiable";
import type { EnforcementLevel, ReceivedConfiguration, Severity } from "./sdk-wire";
import type { StackResource } from "./topology-view";

/** A diagnostic of an Analyze or AnalyzeStack response, as the SDK fills one. */
export interface PackDiagnostic {
  policyName: string;
  description: string;
  message: string;
  /** The resource concerned; a note that a policy could not run during preview names none. */
  urn?: string;
  enforcementLevel: EnforcementLevel;
  severity: Severity;
}

/** The name and version the pack is served under. */
export interface PackIdentity {
  name: string;
  version: string;
}

/** A policy's failure, worded as the SDK fails the whole request with it. */
export class PolicyRunError extends Error {
  override name = "PolicyRunError";
}

interface InForce {
  policy: OcsPolicy;
  level: Exclude<EnforcementLevel, "disabled" | "remediate">;
  config: unknown;
}

/**
 * The level a policy runs at, as the SDK decides it: the configured one, else the policy's own;
 * a policy cannot remediate, so `remediate` reports as mandatory.
 */
export function configuredLevel(policy: OcsPolicy, configuration: ReceivedConfiguration): EnforcementLevel {
  const configured = configuration[policy.info.name]?.enforcementLevel;
  return (configured !== undefined && configured !== "" ? configured : policy.info.enforcementLevel) as EnforcementLevel;
}

function levelInForce(policy: OcsPolicy, configuration: ReceivedConfiguration): Exclude<EnforcementLevel, "remediate"> {
  const level = configuredLevel(policy, configuration);
  return level === "remediate" ? "mandatory" : level;
}

export class PackRun {
  /** Resource policies in force by the resource type they judge, in the pack's order. */
  private readonly byType = new Map<string, InForce[]>();
  private readonly stack: InForce[] = [];

  constructor(
    private readonly pack: PackIdentity,
    policies: readonly OcsPolicy[],
    configuration: ReceivedConfiguration,
    private readonly rules: WaiverRules,
  ) {
    for (const policy of policies) {
      const level = levelInForce(policy, configuration);
      if (level === "disabled") continue;
      const entry: InForce = { policy, level, config: policy.resolveConfig(configuration[policy.info.name]?.properties ?? {}) };
      if (policy.info.kind === "stack") {
        this.stack.push(entry);
        continue;
      }
      for (const type of new Set(policy.resourceTypes)) {
        const list = this.byType.get(type) ?? [];
        list.push(entry);
        this.byType.set(type, list);
      }
    }
  }

  /** Analyze: the resource policies that judge this resource's type, on its props decoded once. */
  analyze(resource: StackResource, now = new Date()): PackDiagnostic[] {
    const entries = this.byType.get(resource.type);
    if (entries === undefined) return [];
    const judged = judgedResources([resource]);
    return entries.flatMap((entry) => this.run(entry, judged, now));
  }

  /** AnalyzeStack: every stack policy on the same decoded stack and topology views. */
  analyzeStack(resources: readonly StackResource[], now = new Date()): PackDiagnostic[] {
    const judged = judgedResources(resources);
    return this.stack.flatMap((entry) => this.run(entry, judged, now));
  }

  private run(entry: InForce, judged: JudgedResources, now: Date): PackDiagnostic[] {
    const { policy, level } = entry;
    const { name, description, severity, requirements } = policy.info;
    const from = `policy '${name}' from policy pack '${this.pack.name}@v${this.pack.version}'`;
    const note = (message: string): PackDiagnostic => ({
      policyName: name,
      description,
      message: `can't run ${from} during preview: ${message}`,
      enforcementLevel: "advisory",
      severity,
    });
    let evaluation: Evaluation;
    try {
      evaluation = policy.judge(judged, entry.config, now, this.rules);
    } catch (error) {
      // A value unknown during preview that a rule read outside its guard: the SDK's note.
      if (isUnknownValueError(error)) return [note(error.message)];
      const text = error instanceof Error ? error.stack : String(error);
      throw new PolicyRunError(`Error validating resource with ${from}:\n${text}`);
    }
    const diagnostics = evaluation.violations.map(
      (v): PackDiagnostic => ({ policyName: name, description, message: `${description}\n${v.message}`, urn: v.urn, enforcementLevel: level, severity }),
    );
    if (evaluation.unverifiable.length > 0) {
      diagnostics.push(note(new NotVerifiableError(evaluation.unverifiable, requirements.join(", ")).message));
    }
    return diagnostics;
  }
}
