import { CONSTRUCTION_SITE_KEY } from "../../../components/construction-site";
import { allPolicies } from "../../../policies";
import { compliant, topologyWith } from "../../fixtures/one-of-each-kind";
import { analyzeAll, type EngineResource } from "../../harness/engine";

/**
 * Components register where they were constructed with their outputs (stack policies read the
 * outputs), under a key the strict model schemas do not know. Every policy must judge a topology
 * the same with and without it: the decoder drops it before the schema parse.
 */
function withSites(resources: readonly EngineResource[]): EngineResource[] {
  return resources.map((r, i) => ({ ...r, props: { ...r.props, [CONSTRUCTION_SITE_KEY]: { file: "index.ts", line: i + 1, column: 1 } } }));
}

describe("the recorded construction site", () => {
  const topologies: [string, () => EngineResource[]][] = [
    ["a compliant topology", compliant],
    ["a rejected client encryption level", () => topologyWith("clientEncryptionPolicy", (p) => void (p.level = "rejected"))],
    ["a Mediation Server with one NIC", () => topologyWith("mediationServer", (p) => void ((p.external as { adapter: string }).adapter = "NIC1"))],
    ["a Mediation Server routing to an unknown pool", () => topologyWith("mediationServer", (p) => void (p.nextHop = "pool99.contoso.com"))],
  ];

  it.each(topologies)("changes no judgement of %s", async (_, build) => {
    const without = await analyzeAll(allPolicies, build());
    const withSite = await analyzeAll(allPolicies, withSites(build()));
    expect(withSite).toEqual(without);
    expect(withSite.map((d) => d.message).join("\n")).not.toMatch(/malformed|constructionSite/);
  });

  it("the violating topologies above do violate, so the comparison means something", async () => {
    for (const [name, build] of topologies.slice(1)) {
      const found = await analyzeAll(allPolicies, withSites(build()));
      expect([name, found.length > 0]).toEqual([name, true]);
    }
  });
});
