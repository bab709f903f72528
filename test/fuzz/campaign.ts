/**
 * One fuzz campaign: a number of generated inputs for one policy, counted by outcome. When an
 * input shows a defect, fast-check replays the same sequence and shrinks that input to a minimal
 * counterexample, reproducible from its seed and path.
 */
import fc from "fast-check";
import type { OcsPolicy } from "../../policies/framework/define";
import { applyPlan, type Plan, planFor } from "./generators";
import { type Defect, type DefectKind, judge } from "./oracle";

export interface Counterexample {
  /** The campaign's seed (each policy's own is derived from it and the policy's name). */
  seed: number;
  /** fast-check's path to the shrunk input: replay with `--seed <seed> --path <path>`. */
  path: string;
  plan: Plan;
  defects: Defect[];
}

export interface CampaignResult {
  policy: string;
  inputs: number;
  counts: Record<DefectKind, number>;
  slowestMs: number;
  counterexample?: Counterexample;
}

export interface CampaignOptions {
  runs: number;
  seed: number;
  /** Replays one input (with `seed`) instead of generating `runs` of them. */
  path?: string;
}

/** A policy's own seed: the campaign seed mixed with its name, so each policy replays alone. */
export function policySeed(seed: number, policy: OcsPolicy): number {
  let h = seed | 0;
  for (const c of policy.info.name) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}

export async function campaign(policy: OcsPolicy, options: CampaignOptions): Promise<CampaignResult> {
  const seed = policySeed(options.seed, policy);
  const counts: Record<DefectKind, number> = { crash: 0, "silent pass": 0, "secret shown": 0 };
  let slowestMs = 0;
  let inputs = 0;
  const arbitrary = planFor(policy);
  const settings = { seed, numRuns: options.runs, ...(options.path !== undefined ? { path: options.path } : {}) };

  // First pass: every input once, counted; a property that never fails, so none is skipped.
  await fc.assert(
    fc.asyncProperty(arbitrary, async (plan) => {
      const { defects, slowestMs: ms } = await judge(policy, applyPlan(policy, plan));
      inputs += 1;
      slowestMs = Math.max(slowestMs, ms);
      for (const kind of new Set(defects.map((d) => d.kind))) counts[kind] += 1;
    }),
    settings,
  );
  const result: CampaignResult = { policy: policy.info.name, inputs, counts, slowestMs };
  if (Object.values(counts).every((n) => n === 0)) return result;

  // Second pass: the same sequence, failing on the first defect, shrunk by fast-check.
  let first: { plan: Plan; defects: Defect[] } | undefined;
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (plan) => {
      const { defects } = await judge(policy, applyPlan(policy, plan));
      if (defects.length > 0 && first === undefined) first = { plan, defects };
      return defects.length === 0;
    }),
    settings,
  );
  if (details.failed && details.counterexample) {
    const [plan] = details.counterexample;
    const { defects } = await judge(policy, applyPlan(policy, plan));
    // A defect that depends on size (a regular expression too large, say) may not survive the
    // last shrinking step on a second look: then the first failing input is shown as found.
    const shown = defects.length > 0 || first === undefined ? { plan, defects } : first;
    result.counterexample = { seed: options.seed, path: details.counterexamplePath ?? "", plan: shown.plan, defects: shown.defects };
  }
  return result;
}
