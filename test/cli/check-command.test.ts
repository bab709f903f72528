import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { stringify } from "yaml";
import { ocsGuard } from "./in-process";
import { referenceSpec, type ReferenceSpec } from "../../examples/reference/spec";
import { violation } from "../../examples/violations/catalog";


const REPO = join(__dirname, "../..");
const reference = join(REPO, "examples/reference/topology.yaml");
const example = (id: string) => join(REPO, "examples/violations", id, "topology.yaml");
/** How check names a file: relative to the working folder (jest runs in the repository). */
const named = (path: string) => relative(process.cwd(), path);
const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "ocs-guard-check-"));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

function documentOf(spec: ReferenceSpec, name: string): string {
  return write(name, stringify(spec));
}

/** The line and column of `- name: <member>` in a document, where check places that member's findings. */
function placeOf(file: string, member: string): string {
  const lines = readFileSync(file, "utf8").split("\n");
  const line = lines.findIndex((l) => new RegExp(`^\\s*- name: ${member}$`).test(l));
  if (line < 0) throw new Error(`no member ${member} in ${file}`);
  return `${line + 1}:${(lines[line] ?? "").indexOf("name:") + 1}`;
}

describe("ocs-guard check FILE...", () => {
  it("passes the reference document, printing only the verdict", async () => {
    const result = await ocsGuard("check", reference);
    expect(result).toEqual({
      code: 0,
      stdout: "",
      stderr: "ocs-guard: PASS: 0 mandatory, 0 advisory, 0 accepted risk(s), 0 not verifiable, 31 resource(s).\n",
    });
  });

  it("fails a violating document with one line per finding, at the component's line and column in the file", async () => {
    const file = example("OCS-GW-3");
    const result = await ocsGuard("check", file);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")).toEqual([
      `${named(file)}:${placeOf(file, "med-dublin")}: error: media-gateway-require-tls: Mediation Server "med-dublin" external edge uses transport tcp; the gateway link must use tls (OCS-GW-3).`,
      `${named(file)}:${placeOf(file, "gw-dublin")}: error: media-gateway-require-tls: media gateway "gw-dublin" connects to its Mediation Server over tcp; the gateway link must use tls (OCS-GW-3).`,
      "ocs-guard: FAIL: 2 mandatory, 0 advisory, 0 accepted risk(s), 0 not verifiable, 31 resource(s).",
      "",
    ]);
  });

  it("writes SARIF at the document's lines, JUnit, and the Markdown summary with the picture", async () => {
    const file = example("OCS-GW-3");
    const [sarif, junit, markdown] = ["check.sarif", "junit.xml", "summary.md"].map((n) => join(folder, n));
    const result = await ocsGuard("check", file, "--sarif", sarif ?? "", "--junit", junit ?? "", "--markdown", markdown ?? "");
    expect(result.code).toBe(1);
    const log = JSON.parse(readFileSync(sarif ?? "", "utf8")) as {
      runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[] }[];
    };
    const places = log.runs[0]?.results.map((r) => {
      const { artifactLocation, region } = r.locations[0]?.physicalLocation ?? { artifactLocation: { uri: "" }, region: { startLine: 0, startColumn: 0 } };
      return `${r.ruleId} ${r.level} ${artifactLocation.uri}:${region.startLine}:${region.startColumn}`;
    });
    expect(places).toEqual([
      `media-gateway-require-tls error examples/violations/OCS-GW-3/topology.yaml:${placeOf(file, "med-dublin")}`,
      `media-gateway-require-tls error examples/violations/OCS-GW-3/topology.yaml:${placeOf(file, "gw-dublin")}`,
    ]);
    expect(readFileSync(junit ?? "", "utf8")).toMatch(/<testsuites[^>]* failures="2"/);
    const summary = readFileSync(markdown ?? "", "utf8");
    expect(summary).toContain("**Verdict: FAIL**");
    expect(summary).toContain("```mermaid");
    expect(summary).toMatch(/violates OCS-GW-3/);
  });

  it("prints the Markdown summary on standard output with --summary", async () => {
    const result = await ocsGuard("check", reference, "--summary");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^## ocs-guard policy report\n\n\*\*Verdict: PASS\*\*/);
  });

  it("judges several documents at once, each as a stack of its own", async () => {
    const result = await ocsGuard("check", reference, example("OCS-GW-3"), example("OCS-X-4"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("ocs-guard: FAIL: 2 mandatory, 1 advisory, 0 accepted risk(s), 0 not verifiable, 93 resource(s).");
    expect(result.stderr).toContain(`${named(example("OCS-X-4"))}:${placeOf(example("OCS-X-4"), "med-redmond")}: warning: server-disallow-collocation:`);
  });

  it("fails on advisory findings with --fail-on advisory, and on nothing with never", async () => {
    expect((await ocsGuard("check", example("OCS-X-4"))).code).toBe(0);
    expect((await ocsGuard("check", example("OCS-X-4"), "--fail-on", "advisory")).code).toBe(1);
    expect((await ocsGuard("check", example("OCS-GW-3"), "--fail-on", "never")).code).toBe(0);
  });

  describe("--policy-pack-config, as pulumi preview reads it", () => {
    it("sets a policy's level: a mandatory violation turned advisory passes with a warning", async () => {
      const config = write("advisory.json", { "mediation-server-require-two-nics": { enforcementLevel: "advisory" } });
      const result = await ocsGuard("check", example("OCS-GW-4"), "--policy-pack-config", config);
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/: warning: mediation-server-require-two-nics: Mediation Server "med-redmond"/);
    });

    it("disables a policy, alone or through `all`", async () => {
      const disabled = write("disabled.json", { "mediation-server-require-two-nics": "disabled" });
      expect(await ocsGuard("check", example("OCS-GW-4"), "--policy-pack-config", disabled)).toMatchObject({ code: 0 });
      const all = write("all-advisory.json", { all: "advisory" });
      const result = await ocsGuard("check", example("OCS-GW-4"), "--policy-pack-config", all);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(": warning: mediation-server-require-two-nics:");
    });

    it("changes a rule's value: an internal port of 5062 expected fails the reference", async () => {
      const config = write("5062.json", { "mediation-server-configure-internal-port": { enforcementLevel: "mandatory", expectedPort: 5062 } });
      const result = await ocsGuard("check", reference, "--policy-pack-config", config);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/: error: mediation-server-configure-internal-port: .*5062/);
    });

    it("accepts a violation by a configured exception, listed as an accepted risk", async () => {
      const config = write("exception.json", {
        "waiver-require-justification-owner-expiry": {
          exceptions: [
            {
              policy: "mediation-server-require-two-nics",
              resource: "med-red*",
              justification: "Single-adapter lab server approved by the risk board",
              owner: "Contoso risk board",
              expires: inDays(90),
              ticket: "RISK-42",
            },
          ],
        },
      });
      const result = await ocsGuard("check", example("OCS-GW-4"), "--policy-pack-config", config);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain("0 mandatory, 0 advisory, 1 accepted risk(s)");
      const waived = `${named(example("OCS-GW-4"))}:${placeOf(example("OCS-GW-4"), "med-redmond")}: note: waiver-report-accepted-risks: waived: Mediation Server "med-redmond"`;
      expect(result.stderr).toContain(waived);
      expect(result.stderr).toMatch(/accepted by Contoso risk board until \d{4}-\d\d-\d\d: .*; ticket RISK-42 \(recorded in the pack configuration\)/);
    });

    it("does not let an in-document waiver pass alone when the organisation requires configured exceptions", async () => {
      const spec = referenceSpec();
      violation("OCS-GW-4").mutate(spec);
      const med = spec.mediationServers.find((m) => m.name === "med-redmond");
      if (med === undefined) throw new Error("the reference has med-redmond");
      med.args.waivers = [
        { policy: "mediation-server-require-two-nics", justification: "Single-adapter lab server during the migration", owner: "voice team", expires: inDays(30) },
      ];
      const file = documentOf(spec, "waived.yaml");
      expect(await ocsGuard("check", file)).toMatchObject({ code: 0 });
      const strict = write("strict.json", { "waiver-require-justification-owner-expiry": { requireConfiguredExceptions: true } });
      const result = await ocsGuard("check", file, "--policy-pack-config", strict);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(": error: mediation-server-require-two-nics: ");
      expect(result.stderr).toContain("because the organisation requires every exception in the pack configuration");
    });

    it("refuses a configuration the pack refuses, with its sentence, and writes no report", async () => {
      const sarif = write("stale.sarif", "{}");
      const config = write("misspelt.json", { "mediation-server-configure-internal-port": { expectedport: 5062 } });
      const result = await ocsGuard("check", reference, "--policy-pack-config", config, "--sarif", sarif);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        'ocs-guard check: the policy pack refused its configuration: Policy mediation-server-configure-internal-port has no configuration key "expectedport"; did you mean "expectedPort"?\n',
      );
      expect(existsSync(sarif)).toBe(false);
    });

    it.each([
      ["not JSON", "{ all: advisory", /is not valid JSON/],
      ["an unknown level", { all: "Mandatory" }, /the enforcement level of "all" is "Mandatory"; it must be one of "advisory", "mandatory", "remediate", "disabled"/],
      ["a level that is no string", { "mediation-server-require-two-nics": { enforcementLevel: 1 } }, /the enforcement level of "mediation-server-require-two-nics" is 1/],
      ["an entry that is a list", { "mediation-server-require-two-nics": [] }, /the entry "mediation-server-require-two-nics" is \[\]; it must be an enforcement level or an object of values/],
      ["a policy the pack does not hold", { "mediation-server-require-two-nic": "advisory" }, /names "mediation-server-require-two-nic", which is no policy of this pack; did you mean "mediation-server-require-two-nics"\?/],
    ])("refuses a configuration file holding %s (exit 2)", async (_what, content, sentence) => {
      const config = write("bad.json", content);
      const result = await ocsGuard("check", reference, "--policy-pack-config", config);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(sentence);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    });

    it("refuses a configuration file that cannot be read", async () => {
      const result = await ocsGuard("check", reference, "--policy-pack-config", join(folder, "missing.json"));
      expect(result).toEqual({ code: 2, stdout: "", stderr: `ocs-guard check: cannot read the policy pack configuration ${join(folder, "missing.json")} (no such file).\n` });
    });
  });

  describe("input it cannot judge (exit 2, nothing judged)", () => {
    it("a file that does not exist", async () => {
      const result = await ocsGuard("check", join(folder, "nothing.yaml"));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`ocs-guard check: cannot read ${join(folder, "nothing.yaml")} (no such file).`);
    });

    it("a document with problems, each at its line and column, even when other documents are fine", async () => {
      const spec = referenceSpec();
      const file = documentOf(spec, "bad.yaml");
      writeFileSync(file, readFileSync(file, "utf8").replace("transport: tls", "transport: tlss"));
      const result = await ocsGuard("check", reference, file);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+: `));
      expect(result.stderr).toContain(`ocs-guard check: ${file} cannot be checked as topology documents; nothing was judged and no report was written.`);
      expect(result.stderr).not.toContain("ocs-guard: PASS");
    });

    it("no document at all", async () => {
      expect(await ocsGuard("check")).toEqual({
        code: 2,
        stdout: "",
        stderr: "ocs-guard check: give at least one topology document to check. See `ocs-guard check --help`.\n",
      });
    });

    it("an unknown --fail-on", async () => {
      const result = await ocsGuard("check", reference, "--fail-on", "sometimes");
      expect(result).toMatchObject({ code: 2, stderr: 'ocs-guard check: --fail-on must be one of mandatory, advisory, never, not "sometimes".\n' });
    });
  });
});
