import { parsePackConfig, PackConfigFileError, reconcilePackConfig } from "../../../cli/check/pack-config-file";
import type { AnalyzerPolicyInfo } from "../../../policies/framework/define";
import { allPolicies } from "../../../policies/all";

const infos: AnalyzerPolicyInfo[] = allPolicies.map((p) => p.analyzerInfo);
const reconcile = (config: unknown) => reconcilePackConfig(infos, parsePackConfig(JSON.stringify(config), "config.json"));

describe("a --policy-pack-config file, reconciled as the Pulumi CLI does before Configure", () => {
  it("gives every policy its own level and the defaults of its configuration schema when the file is blank", () => {
    const configuration = reconcilePackConfig(infos, parsePackConfig("  \n", "config.json"));
    expect(Object.keys(configuration)).toEqual(infos.map((p) => p.name));
    expect(configuration["mediation-server-configure-internal-port"]).toEqual({ enforcementLevel: "advisory", properties: { expectedPort: 5061 } });
    expect(configuration["mediation-server-require-two-nics"]).toEqual({ enforcementLevel: "mandatory", properties: {} });
  });

  it("sets every level with `all`, then each policy's own entry wins, its values over the defaults", () => {
    const configuration = reconcile({
      all: "advisory",
      "mediation-server-require-two-nics": "mandatory",
      "mediation-server-configure-internal-port": { expectedPort: 5062 },
    });
    expect(configuration["media-gateway-require-tls"]?.enforcementLevel).toBe("advisory");
    expect(configuration["mediation-server-require-two-nics"]?.enforcementLevel).toBe("mandatory");
    expect(configuration["mediation-server-configure-internal-port"]).toEqual({ enforcementLevel: "advisory", properties: { expectedPort: 5062 } });
    // The engine keeps the `all` entry itself too; the pack's Configure ignores it.
    expect(configuration.all).toEqual({ enforcementLevel: "advisory", properties: {} });
  });

  it("keeps an entry for a name that is no policy, for the pack's Configure to refuse by name", () => {
    expect(reconcile({ "no-such-policy": { enforcementLevel: "disabled", x: 1 } })["no-such-policy"]).toEqual({
      enforcementLevel: "disabled",
      properties: { x: 1 },
    });
  });

  it.each([
    ["[]", "config.json must hold one JSON object, by policy name"],
    ['{"all": "on"}', 'config.json: the enforcement level of "all" is "on"; it must be one of "advisory", "mandatory", "remediate", "disabled"'],
    ['{"x": 3}', 'config.json: the entry "x" is 3; it must be an enforcement level or an object of values'],
  ])("refuses %s in one sentence", (text, sentence) => {
    expect(() => parsePackConfig(text, "config.json")).toThrow(new PackConfigFileError(sentence));
  });
});
