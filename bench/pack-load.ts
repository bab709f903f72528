/**
 * Child process of the benchmark: serves one preview of a large scaled topology to a pack through
 * the SDK's handlers (every Analyze, then AnalyzeStack) and prints its own peak resident memory, so
 * that the figure is the pack's alone.
 *
 *   node dist/bench/pack-load.js <ocs-guard|empty> <components>
 */
import { replicasFor, scaledSpecs } from "../examples/scaled/spec";
import { packPolicies, type PackName } from "./packs";
import { encodeRequests, ServedPack } from "./sdk-server";

async function main(): Promise<void> {
  const [pack, components] = process.argv.slice(2);
  if (pack !== "ocs-guard" && pack !== "empty") throw new Error(`pack must be ocs-guard or empty; got ${pack}`);
  // The requests are built from the specs and the specs dropped, as the pack only ever holds requests.
  const requests = encodeRequests(scaledSpecs(replicasFor(Number(components))));
  const served = new ServedPack(packPolicies[pack as PackName]);
  const diagnostics = (await served.analyzeAll(requests)) + (await served.analyzeStack(requests));
  // maxRSS is in KiB.
  process.stdout.write(`${JSON.stringify({ peakRssMiB: process.resourceUsage().maxRSS / 1024, diagnostics })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
