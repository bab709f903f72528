import type { OcsPolicy } from "../../policies/framework/define";
import { configuredLevel, type PackDiagnostic, type PackIdentity, PolicyRunError } from "../../policies/framework/pack-run";
import type { ReceivedConfiguration } from "../../policies/framework/sdk-wire";
import { declareSecretPaths } from "../../policies/framework/secrets";
import { loadedPack } from "../../policies/framework/served-pack";
import type { StackResource } from "../../policies/framework/topology-view";

/**
 * The pack judging topology documents in-process, through the same run the analyzer server serves
 * a preview with (policies/framework/pack-run.ts): Configure once, then one Analyze per resource
 * and one AnalyzeStack per document, as the engine calls them for one stack each.
 */

/** What the engine would have heard from the pack about one resource, or about the stack. */
export interface Analysis {
  /** The resource analysed; absent for the stack analysis. */
  urn?: string;
  diagnostics: PackDiagnostic[];
  /** The policies that ran on it and reported nothing, as the engine's summary event lists them. */
  passed: string[];
}

/** Configuration the pack refused, in its own sentences (the preview fails "configuring policy pack"). */
export class ConfigurationRefused extends Error {
  override name = "ConfigurationRefused";
}

export interface DocumentJudge {
  /** Judges the resources of one document (one stack): Analyze on each, then AnalyzeStack on all. */
  judge(resources: readonly StackResource[]): Analysis[];
}

/** Props as the engine hands them over: a copy of their own, holding no secret. */
function delivered(props: unknown): unknown {
  const copy: unknown = structuredClone(props);
  return copy !== null && typeof copy === "object" ? declareSecretPaths(copy, []) : copy;
}

/** A document's resources as the engine hands them over to AnalyzeStack (with parents) and to Analyze. */
function asDelivered(resources: readonly StackResource[]): { analyzed: StackResource[]; stack: StackResource[] } {
  const stack = resources.map((r): StackResource => ({ type: r.type, name: r.name, urn: r.urn, props: delivered(r.props) }));
  // Linked by URN among the stack's resources, as the engine's AnalyzeStack request links them.
  const byUrn = new Map(stack.map((r) => [r.urn, r]));
  resources.forEach((r, i) => {
    const parent = r.parent && byUrn.get(r.parent.urn);
    const resource = stack[i];
    if (parent && resource) resource.parent = parent;
  });
  // Analyze reads a resource on its own: its props, without the parent chain.
  const analyzed = resources.map((r) => ({ type: r.type, name: r.name, urn: r.urn, props: delivered(r.props) }));
  return { analyzed, stack };
}

/** A rule that failed, in one sentence rather than its stack trace. */
function runFailure(error: unknown): Error {
  if (error instanceof PolicyRunError) {
    const [first = "", cause = ""] = error.message.split("\n");
    return new Error(`${first.replace(/:$/, "")}: ${cause}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Configures the pack (throws ConfigurationRefused with the pack's reasons) and returns a judge of
 * documents under that configuration.
 */
export function documentJudge(
  identity: PackIdentity,
  policies: readonly OcsPolicy[],
  configuration: ReceivedConfiguration,
  now = new Date(),
): DocumentJudge {
  const pack = loadedPack(identity, policies);
  const refusal = pack.configure(configuration);
  if (refusal !== undefined) throw new ConfigurationRefused(refusal);
  const run = pack.run();
  const inForce = policies.filter((p) => configuredLevel(p, configuration) !== "disabled");
  const resourcePolicies = inForce.filter((p) => p.info.kind === "resource").map((p) => p.info.name);
  const stackPolicies = inForce.filter((p) => p.info.kind === "stack").map((p) => p.info.name);
  const passedOf = (names: readonly string[], diagnostics: readonly PackDiagnostic[]) =>
    names.filter((name) => !diagnostics.some((d) => d.policyName === name));

  return {
    judge(resources) {
      const { analyzed, stack } = asDelivered(resources);
      try {
        const analyses: Analysis[] = analyzed.map((resource) => {
          const diagnostics = run.analyze(resource, now);
          return { urn: resource.urn, diagnostics, passed: passedOf(resourcePolicies, diagnostics) };
        });
        const diagnostics = run.analyzeStack(stack, now);
        analyses.push({ diagnostics, passed: passedOf(stackPolicies, diagnostics) });
        return analyses;
      } catch (error) {
        throw runFailure(error);
      }
    },
  };
}
