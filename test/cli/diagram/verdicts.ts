import { describePolicies } from "../../../cli/catalog";
import type { DiagramVerdict } from "../../../cli/diagram";
import { classifyPolicyEvent, policyIndex } from "../../../cli/events";
import type { StackResource } from "../../../policies/framework/topology-view";
import { allPolicies } from "../../../policies";
import { referenceSpec, type ReferenceSpec } from "../../../examples/reference/spec";
import { analyzeAll, asStackResource, type EngineResource } from "../../harness/engine";
import { compliantResources } from "../../fixtures/reference-topology";

/**
 * Resources and verdicts for the picture's tests, from the real policies: every policy of the
 * pack runs through @pulumi/policy's own handlers, and each diagnostic is read as the reports
 * read a policy event.
 */

export const catalog = describePolicies(allPolicies);

export function stackResources(resources: readonly EngineResource[]): StackResource[] {
  return resources.map(asStackResource);
}

export function resourcesOf(spec: ReferenceSpec = referenceSpec()): EngineResource[] {
  return compliantResources(spec);
}

export async function verdictOf(resources: readonly EngineResource[]): Promise<DiagramVerdict> {
  const index = policyIndex(catalog);
  const diagnostics = await analyzeAll(allPolicies, resources);
  const findings = diagnostics.map((d) =>
    classifyPolicyEvent(
      { message: d.message, policyName: d.policyName, policyPackName: "ocs-guard", policyPackVersion: "0.1.0", resourceUrn: d.urn, enforcementLevel: d.enforcementLevel },
      index,
    ),
  );
  return { findings, policies: catalog };
}

export const noFindings: DiagramVerdict = { findings: [], policies: catalog };
