/**
 * Real `pulumi preview` runs of the scaled topology with the ocs-guard pack, with the empty pack and
 * with no pack, interleaved, on a temporary file backend.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { watchPackRss } from "./peak-rss";
import { packDirs, REPO } from "./packs";
import { interleaved } from "./stats";
import { BenchStack } from "./temp-stack";

export const variants = ["none", "empty", "ocs-guard"] as const;
export type Variant = (typeof variants)[number];

export interface PreviewRuns {
  components: number;
  /** Seconds per run, by variant, in round order. */
  seconds: Record<Variant, number[]>;
  /** Peak RSS of the pack process per run, MiB. */
  packRssMiB: Record<"empty" | "ocs-guard", number[]>;
}

/** `rounds` rounds of the three previews at `components` components; stops adding rounds once `deadline` (ms) passed. */
export async function previewRounds(components: number, rounds: number, deadline: number): Promise<PreviewRuns> {
  const stack = await BenchStack.create(join(REPO, "dist/examples/scaled/index.js"), { "ocs-scaled:components": String(components) });
  const runs: PreviewRuns = { components, seconds: { none: [], empty: [], "ocs-guard": [] }, packRssMiB: { empty: [], "ocs-guard": [] } };
  try {
    await interleaved(variants, rounds, deadline, async (variant) => {
      const args = variant === "none" ? ["preview"] : ["preview", "--policy-pack", packDirs[variant]];
      let rss: { stop(): number | undefined } | undefined;
      const start = performance.now();
      const run = await stack.pulumi(args, (pid) => (rss = variant === "none" ? undefined : watchPackRss(pid)));
      const seconds = (performance.now() - start) / 1000;
      const peak = rss?.stop();
      if (run.code !== 0) throw new Error(`pulumi preview (${variant}, ${components} components) failed:\n${run.output.slice(-3000)}`);
      if (variant !== "none" && !run.output.includes("Policies:")) throw new Error(`pulumi preview (${variant}) shows no policy pack:\n${run.output.slice(-3000)}`);
      if (/\[(mandatory|advisory)\]/.test(run.output)) throw new Error(`the scaled topology has violations (${variant}):\n${run.output.slice(-3000)}`);
      runs.seconds[variant].push(seconds);
      if (variant !== "none" && peak !== undefined) runs.packRssMiB[variant].push(peak);
    });
  } finally {
    stack.dispose();
  }
  return runs;
}
