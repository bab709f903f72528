/**
 * Fuzzes every policy of the pack through the engine path and prints, per policy, the inputs
 * judged, the crashes, the silent passes, the secrets shown and the slowest call; exits 1 if any
 * policy crashed, passed silently or showed a secret (with a minimal counterexample each).
 *
 *   npm run fuzz                                    10,000 inputs per policy, seed printed
 *   npm run fuzz -- --runs 500 --seed 42            fewer inputs, a given seed
 *   npm run fuzz -- --policy <name> --seed <seed> --path <path>   replay one counterexample
 */
import { parseArgs } from "node:util";
import { allPolicies } from "../../policies";
import { campaign, type CampaignResult } from "./campaign";

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "10000" },
      seed: { type: "string" },
      policy: { type: "string" },
      path: { type: "string" },
    },
  });
  const runs = Number(values.runs);
  const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
    throw new Error("--runs must be a positive whole number and --seed a whole number.");
  }
  const policies = values.policy === undefined ? allPolicies : allPolicies.filter((p) => p.info.name === values.policy);
  if (policies.length === 0) throw new Error(`No policy of the pack is called "${values.policy}".`);
  if (values.path !== undefined && values.policy === undefined) throw new Error("--path replays one input of one policy: give --policy too.");
  return { runs, seed, policies, path: values.path };
}

function row(r: CampaignResult): string {
  const cells = [r.policy.padEnd(52), String(r.inputs).padStart(7), ...Object.values(r.counts).map((n) => String(n).padStart(7))];
  return `${cells.join(" ")} ${r.slowestMs.toFixed(1).padStart(9)} ms`;
}

async function main(): Promise<number> {
  const { runs, seed, policies, path } = options();
  console.log(`ocs-guard fuzz: ${policies.length} policies, ${runs} inputs each, seed ${seed}`);
  console.log(`${"policy".padEnd(52)} ${"inputs".padStart(7)} ${"crashes".padStart(7)} ${"silent".padStart(7)} ${"secrets".padStart(7)} ${"slowest".padStart(12)}`);
  const results: CampaignResult[] = [];
  for (const policy of policies) {
    const result = await campaign(policy, { runs, seed, ...(path !== undefined ? { path } : {}) });
    results.push(result);
    console.log(row(result));
  }
  const failing = results.filter((r) => r.counterexample !== undefined);
  for (const r of failing) {
    const c = r.counterexample;
    if (!c) continue;
    console.log(`\n${r.policy}: minimal counterexample (replay: npm run fuzz -- --policy ${r.policy} --seed ${c.seed} --path ${c.path})`);
    for (const d of c.defects) console.log(`  ${d.kind}: ${d.detail}`);
    const plan = JSON.stringify(c.plan);
    console.log(`  plan: ${plan.length > 2000 ? `${plan.slice(0, 2000)}... (${plan.length} characters)` : plan}`);
  }
  const total = results.reduce((n, r) => n + r.inputs, 0);
  console.log(`\n${total} inputs, ${failing.length} of ${results.length} policies with a crash, a silent pass or a secret shown.`);
  return failing.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
