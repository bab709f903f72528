/**
 * The standing fuzz run: every policy of the pack, a few hundred generated inputs each, through
 * the engine path, with a fixed seed so a failure replays (`npm run fuzz -- --policy <name>
 * --seed <seed> --path <path>` prints the same counterexample). `npm run fuzz` runs 10,000 each.
 */
import { allPolicies } from "../../policies";
import { campaign, type CampaignResult } from "./campaign";

const SEED = 20261123;
const RUNS = 200;

jest.setTimeout(600_000);

function failures(result: CampaignResult): string[] {
  const c = result.counterexample;
  if (!c) return [];
  return [
    ...c.defects.map((d) => `${d.kind}: ${d.detail}`),
    `input: ${JSON.stringify(c.plan).slice(0, 1000)}`,
    `replay: npm run fuzz -- --policy ${result.policy} --seed ${c.seed} --path ${c.path}`,
  ];
}

describe.each(allPolicies.map((p) => [p.info.name, p] as const))("fuzzing %s through the engine path", (_name, policy) => {
  it(`neither crashes, passes silently nor shows a secret on ${RUNS} generated inputs`, async () => {
    const result = await campaign(policy, { runs: RUNS, seed: SEED });
    expect(result.inputs).toBe(RUNS);
    expect(failures(result)).toEqual([]);
    expect(result.counts).toEqual({ crash: 0, "silent pass": 0, "secret shown": 0 });
  });
});
