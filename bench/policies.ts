/**
 * Prints figures for the policy pack: time to judge the reference topology with every policy (the
 * work the analyzer does per preview), the same for a stack of many topologies, the memory it
 * holds, and how long the compiled pack takes to start listening. Figures only, no thresholds.
 *
 *   npm run bench
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { catalog, type Kind } from "../components/model/catalog";
import { type MemberList, memberKinds, referenceSpec, type ReferenceSpec } from "../examples/reference/spec";
import { allPolicies } from "../policies";
import type { StackResource } from "../policies/framework/topology-view";

function resourcesOf(spec: ReferenceSpec, prefix: string): StackResource[] {
  const urn = (kind: Kind, name: string) => `urn:pulumi:bench::ocs::${catalog[kind].token}::${prefix}${name}`;
  const topology: StackResource = {
    type: catalog.topology.token,
    name: `${prefix}${spec.topology.name}`,
    urn: urn("topology", spec.topology.name),
    props: spec.topology.args,
  };
  const rest = (Object.keys(memberKinds) as MemberList[]).flatMap((list) =>
    spec[list].map((m) => ({
      type: catalog[memberKinds[list]].token,
      name: `${prefix}${m.name}`,
      urn: urn(memberKinds[list], m.name),
      props: m.args,
      parent: topology,
    })),
  );
  return [topology, ...rest];
}

/** Every resource policy on each resource (as Analyze does), then every stack policy (AnalyzeStack). */
function judge(resources: StackResource[]): number {
  let violations = 0;
  for (const policy of allPolicies) {
    if (policy.info.kind === "resource") {
      for (const r of resources) violations += policy.evaluate([r]).violations.length;
    } else {
      violations += policy.evaluate(resources).violations.length;
    }
  }
  return violations;
}

function timeIt(label: string, resources: StackResource[], rounds: number): void {
  judge(resources); // warm-up
  const start = performance.now();
  let violations = 0;
  for (let i = 0; i < rounds; i++) violations = judge(resources);
  const ms = (performance.now() - start) / rounds;
  console.log(`${label}: ${resources.length} resources, ${allPolicies.length} policies: ${ms.toFixed(1)} ms per preview (${rounds} rounds, ${violations} violations)`);
}

function packStartup(): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const pack = spawn(process.execPath, [join(__dirname, "../policies/pack.js"), "127.0.0.1:1"], { stdio: ["ignore", "pipe", "pipe"] });
    pack.stdout.once("data", () => {
      const ms = performance.now() - start;
      pack.kill();
      resolve(ms);
    });
    pack.once("error", reject);
    pack.once("exit", (code) => reject(new Error(`the pack exited (${code}) before it listened`)));
  });
}

async function main(): Promise<void> {
  timeIt("reference topology", resourcesOf(referenceSpec(), ""), 20);
  const many = Array.from({ length: 50 }, (_, i) => resourcesOf(referenceSpec(), `t${i}-`)).flat();
  timeIt("50 topologies in one stack", many, 3);
  console.log(`heap used after judging: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)} MiB`);
  const startups: number[] = [];
  for (let i = 0; i < 5; i++) startups.push(await packStartup());
  startups.sort((a, b) => a - b);
  console.log(`compiled pack start-up until it listens: median ${startups[2]?.toFixed(0)} ms (5 starts)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
