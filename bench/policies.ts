/**
 * The performance figures of the policy pack, each measured side by side with its baseline in one
 * run and printed next to its target with PASS or MISS:
 *
 *  - real `pulumi preview` of the scaled topology with the ocs-guard pack, an empty compiled pack
 *    and no pack, interleaved, at 100, 500 and 2,000 components (ratios per round);
 *  - pack start-up until it listens (ocs-guard and the empty pack, interleaved);
 *  - Analyze through @pulumi/policy's handlers at 10,000 components (all 34 policies, one policy);
 *  - AnalyzeStack at 10,000 components with all 13 stack policies and with one;
 *  - the pack's peak RSS serving a 10,000-component preview (and in the real preview at 2,000).
 *
 *   npm run bench              full: about 25 minutes on 2 cores, never more than 40
 *   npm run bench -- --quick   smoke test: small sizes, one round, about 2 minutes
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { delimiter, join } from "node:path";
import { performance } from "node:perf_hooks";
import { replicasFor, scaledSpecs } from "../examples/scaled/spec";
import { packPolicies, type PackName, REPO, resourcePolicies, stackPolicies } from "./packs";
import { previewRounds, type PreviewRuns } from "./preview";
import { encodeRequests, type Requests, ServedPack } from "./sdk-server";
import { packStartup } from "./startup";
import { interleaved, show, spread, verdict } from "./stats";

interface Plan {
  previewSizes: number[];
  previewRounds: number;
  handlerComponents: number;
  handlerRounds: number;
  startupRounds: number;
  rssRounds: number;
  /** Minutes after which no further preview round starts. */
  budgetMinutes: number;
}

const full: Plan = { previewSizes: [100, 500, 2000], previewRounds: 5, handlerComponents: 10_000, handlerRounds: 3, startupRounds: 10, rssRounds: 2, budgetMinutes: 30 };
const quick: Plan = { previewSizes: [100], previewRounds: 1, handlerComponents: 500, handlerRounds: 1, startupRounds: 3, rssRounds: 1, budgetMinutes: 3 };

const started = performance.now();
const lines: string[] = [];
function say(line: string): void {
  lines.push(line);
  console.log(line);
}
const load = () => loadavg().map((l) => l.toFixed(2)).join(", ");

function pulumiOnPath(): string {
  const setup = spawnSync("bash", [join(REPO, "scripts/setup-pulumi.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const bin = setup.stdout.trim();
  if (setup.status !== 0 || bin === "") throw new Error("scripts/setup-pulumi.sh could not provide the Pulumi CLI, which the preview figures need.");
  process.env.PATH = `${bin}${delimiter}${process.env.PATH ?? ""}`;
  return spawnSync("pulumi", ["version"], { encoding: "utf8" }).stdout.trim();
}

/** Per-round ratios of two variants' preview times. */
function ratios(runs: PreviewRuns, top: "ocs-guard" | "empty", bottom: "empty" | "none"): number[] {
  return runs.seconds[top].map((s, i) => s / (runs.seconds[bottom][i] as number));
}

async function previews(plan: Plan): Promise<void> {
  const deadline = started + plan.budgetMinutes * 60_000;
  let largest: PreviewRuns | undefined;
  for (const components of plan.previewSizes) {
    const runs = await previewRounds(components, plan.previewRounds, deadline);
    const n = runs.seconds.none.length;
    const stopped = n < plan.previewRounds ? ` (stopped after ${n} of ${plan.previewRounds} rounds at the time budget)` : "";
    say(`pulumi preview, ${replicasFor(components) * 31} components${stopped}, load ${load()}:`);
    for (const v of ["none", "empty", "ocs-guard"] as const) say(`  ${v.padEnd(9)} ${show(spread(runs.seconds[v]), 1, n, " s")}`);
    say(`  ocs-guard ÷ empty ${show(spread(ratios(runs, "ocs-guard", "empty")), 2, n)}; ocs-guard ÷ none ${show(spread(ratios(runs, "ocs-guard", "none")), 2, n)}; empty ÷ none ${show(spread(ratios(runs, "empty", "none")), 2, n)}`);
    largest = runs;
  }
  if (largest === undefined) return;
  const n = largest.seconds.none.length;
  const size = `${replicasFor(largest.components) * 31} components`;
  const overEmpty = spread(ratios(largest, "ocs-guard", "empty"));
  const overNone = spread(ratios(largest, "ocs-guard", "none"));
  const emptyOverNone = spread(ratios(largest, "empty", "none"));
  say(verdict(`preview ${size}, ocs-guard ÷ empty pack`, show(overEmpty, 2, n), "≤ 1.05", overEmpty.median <= 1.05));
  say(
    verdict(
      `preview ${size}, ocs-guard ÷ no pack`,
      `${show(overNone, 2, n)} (empty ÷ none ${emptyOverNone.median.toFixed(2)})`,
      `≤ empty ÷ none + 0.05 = ${(emptyOverNone.median + 0.05).toFixed(2)}`,
      overNone.median <= emptyOverNone.median + 0.05,
    ),
  );
  for (const pack of ["empty", "ocs-guard"] as const) {
    const rss = largest.packRssMiB[pack];
    if (rss.length > 0) say(`  pack peak RSS in the real preview at ${size}, ${pack}: ${show(spread(rss), 0, rss.length, " MiB")}`);
  }
}

async function startup(plan: Plan): Promise<void> {
  const seconds: Record<PackName, number[]> = { "ocs-guard": [], empty: [] };
  await interleaved(["ocs-guard", "empty"] as const, plan.startupRounds, Infinity, async (pack) => void seconds[pack].push(await packStartup(pack)));
  const ocs = spread(seconds["ocs-guard"]);
  say(verdict("pack start-up until it listens, ocs-guard", `${show(ocs, 2, plan.startupRounds, " s")}; empty pack ${show(spread(seconds.empty), 2, plan.startupRounds, " s")}; load ${load()}`, "≤ 0.6 s", ocs.median <= 0.6));
}

async function timed(work: () => Promise<number>): Promise<{ seconds: number; diagnostics: number }> {
  const start = performance.now();
  const diagnostics = await work();
  return { seconds: (performance.now() - start) / 1000, diagnostics };
}

async function handlers(plan: Plan, requests: Requests): Promise<void> {
  const count = requests.analyze.length;
  // Analyze: the whole pack, one resource policy, no policy.
  const packs = { all: new ServedPack(packPolicies["ocs-guard"]), one: new ServedPack(resourcePolicies.slice(0, 1)), none: new ServedPack([]) };
  const analyze: Record<keyof typeof packs, number[]> = { all: [], one: [], none: [] };
  await packs.all.analyzeAll(requests); // warm-up: the first run compiles the policies' code
  await interleaved(["all", "one", "none"] as const, plan.handlerRounds, Infinity, async (p) => {
    const run = await timed(() => packs[p].analyzeAll(requests));
    if (run.diagnostics !== 0) throw new Error(`Analyze reported ${run.diagnostics} diagnostics on the compliant scaled topology`);
    analyze[p].push(count / run.seconds);
  });
  const all = spread(analyze.all);
  const one = spread(analyze.one);
  say(
    verdict(
      `Analyze through the SDK's handlers, ${count} components × 34 policies`,
      `${show(all, 0, plan.handlerRounds, " resources/s")}; one-policy pack ${one.median.toFixed(0)}/s (× ${(one.median / all.median).toFixed(1)}); no policy ${spread(analyze.none).median.toFixed(0)}/s; load ${load()}`,
      "≥ 10,000 resources/s",
      all.median >= 10_000,
    ),
  );
  // AnalyzeStack: all 13 stack policies against the first one alone.
  const stacks = { all: new ServedPack(stackPolicies), one: new ServedPack(stackPolicies.slice(0, 1)) };
  const stack: Record<keyof typeof stacks, number[]> = { all: [], one: [] };
  await interleaved(["all", "one"] as const, plan.handlerRounds, Infinity, async (p) => {
    const run = await timed(() => stacks[p].analyzeStack(requests));
    if (run.diagnostics !== 0) throw new Error(`AnalyzeStack reported ${run.diagnostics} diagnostics on the compliant scaled topology`);
    stack[p].push(run.seconds);
  });
  const allStack = spread(stack.all);
  const perRule = spread(stack.all.map((s, i) => s / (stack.one[i] as number)));
  say(
    verdict(
      `AnalyzeStack, ${count} components, ${stackPolicies.length} stack policies`,
      `${show(allStack, 2, plan.handlerRounds, " s")}; ${stackPolicies.length} policies ÷ 1 = ${show(perRule, 1, plan.handlerRounds)}; load ${load()}`,
      "≤ 1.5 s, and 13 ÷ 1 ≤ 1.5 (flat)",
      allStack.median <= 1.5 && perRule.median <= 1.5,
    ),
  );
}

function packLoad(pack: PackName, components: number): number {
  const child = spawnSync(process.execPath, [join(__dirname, "pack-load.js"), pack, String(components)], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`the ${pack} pack's load run failed:\n${child.stderr}`);
  const { peakRssMiB, diagnostics } = JSON.parse(child.stdout) as { peakRssMiB: number; diagnostics: number };
  if (diagnostics !== 0) throw new Error(`the ${pack} pack reported ${diagnostics} diagnostics on the compliant scaled topology`);
  return peakRssMiB;
}

async function memory(plan: Plan): Promise<void> {
  const rss: Record<PackName, number[]> = { "ocs-guard": [], empty: [] };
  await interleaved(["ocs-guard", "empty"] as const, plan.rssRounds, Infinity, async (pack) => void rss[pack].push(packLoad(pack, plan.handlerComponents)));
  const ocs = spread(rss["ocs-guard"]);
  const components = replicasFor(plan.handlerComponents) * 31;
  say(
    verdict(
      `pack peak RSS serving a ${components}-component preview through the SDK's handlers`,
      `${show(ocs, 0, plan.rssRounds, " MiB")}; empty pack ${show(spread(rss.empty), 0, plan.rssRounds, " MiB")}`,
      `< 300 MiB`,
      ocs.median < 300,
    ),
  );
}

function policyVersion(): string {
  return (JSON.parse(readFileSync(require.resolve("@pulumi/policy/package.json"), "utf8")) as { version: string }).version;
}

async function main(): Promise<void> {
  const isQuick = process.argv.includes("--quick");
  const plan = isQuick ? quick : full;
  const pulumi = pulumiOnPath();
  say(
    isQuick
      ? "ocs-guard benchmark, quick mode (small sizes, one round: a smoke test; the targets are for the full sizes)"
      : `ocs-guard benchmark, full mode: about 25 minutes on 2 cores; no preview round starts after ${plan.budgetMinutes} minutes, so it ends within 40`,
  );
  say(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), load ${load()}; Node.js ${process.version}, Pulumi CLI ${pulumi}, @pulumi/policy ${policyVersion()}`);
  say("");
  await previews(plan);
  await startup(plan);
  const requests = encodeRequests(scaledSpecs(replicasFor(plan.handlerComponents)));
  await handlers(plan, requests);
  await memory(plan);
  say("");
  say(`done in ${((performance.now() - started) / 60_000).toFixed(1)} minutes; load ${load()}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
