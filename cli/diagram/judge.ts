import type { OcsPolicy } from "../../policies/framework/define";
import type { StackResource } from "../../policies/framework/topology-view";
import { describePolicies } from "../catalog";
import { classifyPolicyEvent, type PolicyFinding, policyIndex } from "../events";
import type { DiagramVerdict } from "./verdict";

/**
 * The verdict of the pack's policies on resources that never met the engine (a topology
 * document): every policy's own `evaluate`, at its default configuration, each finding read as
 * the reports read the same finding from a preview's policy event.
 */
export function judgeResources(resources: readonly StackResource[], policies: readonly OcsPolicy[], now = new Date()): DiagramVerdict {
  const catalog = describePolicies(policies);
  const index = policyIndex(catalog);
  const findings: PolicyFinding[] = policies.flatMap((policy) =>
    policy.evaluate(resources, {}, now).violations.map((f) =>
      classifyPolicyEvent(
        {
          message: f.message,
          policyName: policy.info.name,
          policyPackName: "ocs-guard",
          policyPackVersion: "",
          resourceUrn: f.urn,
          enforcementLevel: policy.info.enforcementLevel,
        },
        index,
      ),
    ),
  );
  return { findings, policies: catalog };
}
