/**
 * Real `pulumi preview` runs of the scaled topology with the ocs-guard pack, with the empty pack and
 * with no pack, interleaved, on a temporary file backend.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { type TreeUsage, watchTree } from "./process-tree";
import { packDirs, REPO } from "./packs";
import { interleaved } from "./stats";
import { BenchStack } from "./temp-stack";

export const variants = ["none", "empty", "ocs-guard"] as const;
export type Variant = (typeof variants)[number];

export interface PreviewRuns {
  components: number;
  /** Wall-clock seconds per run, by variant, in round order. */
  seconds: Record<Variant, number[]>;
  /** CPU seconds of the whole preview (engine, language hosts, program, pack) per run, where measurable. */
  cpuSeconds: Record<Variant, number[]>;
  /** What the pack process used per run (peak RSS, CPU time). */
  pack: Record<"empty" | "ocs-guard", NonNullable<TreeUsage["pack"]>[]>;
}

/** `rounds` rounds of the three previews at `components` components; stops adding rounds once `deadline` (ms) passed. */
export async function previewRounds(components: number, rounds: number, deadline: number): Promise<PreviewRuns> {
  const stack = await BenchStack.create(join(REPO, "dist/examples/scaled/index.js"), { "ocs-scaled:components": String(components) });
  const runs: PreviewRuns = { components, seconds: { none: [], empty: [], "ocs-guard": [] }, cpuSeconds: { none: [], empty: [], "ocs-guard": [] }, pack: { empty: [], "ocs-guard": [] } };
  try {
    await interleaved(variants, rounds, deadline, async (variant) => {
      const args = variant === "none" ? ["preview"] : ["preview", "--policy-pack", packDirs[variant]];
      let watch: { stop(): TreeUsage } | undefined;
      const start = performance.now();
      const run = await stack.pulumi(args, (pid) => (watch = watchTree(pid)));
      const seconds = (performance.now() - start) / 1000;
      const usage = watch?.stop();
      if (run.code !== 0) throw new Error(`pulumi preview (${variant}, ${components} components) failed:\n${run.output.slice(-3000)}`);
      if (variant !== "none" && !run.output.includes("Policies:")) throw new Error(`pulumi preview (${variant}) shows no policy pack:\n${run.output.slice(-3000)}`);
      if (/\[(mandatory|advisory)\]/.test(run.output)) throw new Error(`the scaled topology has violations (${variant}):\n${run.output.slice(-3000)}`);
      runs.seconds[variant].push(seconds);
      if (usage !== undefined && usage.cpuSeconds > 0) runs.cpuSeconds[variant].push(usage.cpuSeconds);
      if (variant !== "none" && usage?.pack !== undefined) runs.pack[variant].push(usage.pack);
    });
  } finally {
    stack.dispose();
  }
  return runs;
}
