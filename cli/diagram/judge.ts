import type { OcsPolicy } from "../../policies/framework/define";
import type { ReceivedConfiguration } from "../../policies/framework/sdk-wire";
import type { StackResource } from "../../policies/framework/topology-view";
import { describePolicies } from "../catalog";
import { findingOf } from "../check/check-events";
import { documentJudge } from "../check/judge-documents";
import { reconcilePackConfig } from "../check/pack-config-file";
import { policyIndex } from "../events";
import type { DiagramVerdict } from "./verdict";

/**
 * The verdict of the pack's policies on resources that never met the engine (a topology
 * document), judged as `ocs-guard check` judges them: the pack's own run under a configuration
 * (by default every policy's defaults), each diagnostic read as the reports read its policy event.
 */
export function judgeResources(
  resources: readonly StackResource[],
  policies: readonly OcsPolicy[],
  configuration: ReceivedConfiguration = reconcilePackConfig(
    policies.map((p) => p.analyzerInfo),
    new Map(),
  ),
  now = new Date(),
): DiagramVerdict {
  const catalog = describePolicies(policies);
  const index = policyIndex(catalog);
  const identity = { name: "ocs-guard", version: "" };
  const analyses = documentJudge(identity, policies, configuration, now).judge(resources);
  return { findings: analyses.flatMap((a) => a.diagnostics.map((d) => findingOf(d, identity, index))), policies: catalog };
}
