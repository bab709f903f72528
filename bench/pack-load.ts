/**
 * Child process of the benchmark: serves one preview of a large scaled topology to a pack through
 * its server's handlers, as `pulumi preview` serves it (every Analyze, then AnalyzeStack) and prints its own peak resident memory, so
 * that the figure is the pack's alone (plus the requests it is sent, made here on the fly).
 *
 *   node dist/bench/pack-load.js <ocs-guard|empty> <components> <file holding the encoded AnalyzeStack request>
 */
import { readFileSync } from "node:fs";
import { replicaSpec, replicasFor } from "../examples/scaled/spec";
import { type PackName, servedPacks } from "./packs";
import { encodeAnalyze } from "./served-pack";

async function main(): Promise<void> {
  const [pack, components, stackRequest] = process.argv.slice(2);
  if (stackRequest === undefined) throw new Error("give the file that holds the encoded AnalyzeStack request");
  if (pack !== "ocs-guard" && pack !== "empty") throw new Error(`pack must be ocs-guard or empty; got ${pack}`);
  const replicas = replicasFor(Number(components));
  const served = await servedPacks[pack as PackName]();
  // Analyze requests are made one replica at a time and dropped once answered, as the engine streams
  // them; the AnalyzeStack request is read as bytes, as it arrives. So the process holds what a pack
  // holds: one Analyze request, then the AnalyzeStack request.
  let diagnostics = 0;
  for (let r = 0; r < replicas; r++) {
    for (const bytes of encodeAnalyze([replicaSpec(r)])) diagnostics += await served.analyze(bytes);
  }
  diagnostics += await served.analyzeStack({ analyzeStack: readFileSync(stackRequest) });
  // maxRSS is in KiB.
  process.stdout.write(`${JSON.stringify({ peakRssMiB: process.resourceUsage().maxRSS / 1024, diagnostics })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
