import { effectiveClientLevels, type NamedClientPolicy } from "../../../policies/um/effective-client-level";
import { servedPools } from "../../../policies/um/served-pools";
import { onOff, table2 } from "../../../policies/um/table2";

const global = (level: NamedClientPolicy["model"]["level"]): NamedClientPolicy => ({ subject: `global ${level}`, model: { level, appliesTo: "global" } });
const scoped = (level: NamedClientPolicy["model"]["level"], ...pools: string[]): NamedClientPolicy => ({
  subject: `scoped ${level}`,
  model: { level, appliesTo: pools },
});

describe("effectiveClientLevels", () => {
  it.each([
    { title: "no policy: the default", policies: [], expected: ["optional"] },
    { title: "global only", policies: [global("required")], expected: ["required"] },
    { title: "pool-scoped overrides global", policies: [global("required"), scoped("rejected", "pool01.contoso.com")], expected: ["rejected"] },
    { title: "scope matched case-insensitively", policies: [global("required"), scoped("optional", "POOL01.contoso.com")], expected: ["optional"] },
    { title: "another pool's scope does not apply", policies: [global("required"), scoped("rejected", "se01.contoso.com")], expected: ["required"] },
    { title: "conflicting scoped policies are all returned", policies: [scoped("optional", "pool01.contoso.com"), scoped("rejected", "pool01.contoso.com")], expected: ["optional", "rejected"] },
  ])("$title", ({ policies, expected }) => {
    expect(effectiveClientLevels("pool01.contoso.com", policies, "optional").map((l) => l.level)).toEqual(expected);
  });

  it("names the source of the level", () => {
    expect(effectiveClientLevels("pool01.contoso.com", [], "rejected")).toEqual([{ level: "rejected", source: "the configured default level" }]);
  });
});

describe("servedPools", () => {
  it.each([
    { pools: ["pool01.contoso.com"], expected: ["pool01.contoso.com"] },
    { pools: ["pool01.contoso.com", "POOL01.contoso.com", "se01.contoso.com"], expected: ["pool01.contoso.com", "se01.contoso.com"] },
  ])("$pools -> $expected", ({ pools, expected }) => {
    expect(servedPools({ servesPools: pools })).toEqual(expected);
  });
});

describe("Table 2", () => {
  it.each([
    ["Unsecured", false, false],
    ["SIPSecured", true, false],
    ["Secured", true, true],
  ] as const)("%s: mutual TLS %s, SRTP %s", (level, mutualTls, srtp) => {
    expect(table2[level]).toEqual({ mutualTls, srtp });
  });

  it("writes settings as enabled/disabled", () => {
    expect([onOff(true), onOff(false)]).toEqual(["enabled", "disabled"]);
  });
});
