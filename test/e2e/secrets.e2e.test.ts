import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Log } from "sarif";
import { compiledExample, describeWithPulumi, REPO, reportedViolations, TempStack } from "./pulumi";

jest.setTimeout(300_000);

/** The values examples/secret-values marks secret, in every way an output could write them. */
const MARKERS = [
  "10.1.30.77",
  "5077",
  "5,077",
  "pool-qz9.contoso.com",
  "pool-qz9",
  "Single adapter in the lab qz9",
  "voice-owner-qz9@contoso.com",
  "voice-owner-qz9",
  "qz9",
];

function leaks(where: string, text: string): string[] {
  const lower = text.toLowerCase();
  return MARKERS.filter((m) => lower.includes(m.toLowerCase())).map((m) => `${where}: ${m}`);
}

const EXPECTED = [
  { policy: "mediation-server-require-network-separation", resource: "gw-redmond" },
  { policy: "media-gateway-require-mediation-next-hop", resource: "gw-dublin" },
  { policy: "media-gateway-require-single-mediation-server", resource: "med-dublin" },
];

describeWithPulumi("secret values on the real Pulumi CLI", () => {
  let stack: TempStack;

  beforeAll(async () => {
    stack = await TempStack.create(compiledExample("secret-values"));
  });
  afterAll(() => stack.dispose());

  it("pulumi preview reports the violations of secret values with [secret] and prints none of them", async () => {
    const result = await stack.preview();
    console.log(`--- pulumi preview of examples/secret-values (exit ${result.code}) ---\n${result.output.slice(result.output.indexOf("Policies:"))}`);
    expect(result.code).not.toBe(0);
    const violations = reportedViolations(result.output);
    for (const e of EXPECTED) expect(violations).toContainEqual(expect.objectContaining({ level: "mandatory", ...e }));
    expect(result.output).toContain('media gateway "gw-redmond" address [secret] is outside the external subnet 10.1.20.0/24');
    expect(result.output).toMatch(/accepted by \[secret\] until \d{4}-\d{2}-\d{2}: \[secret\]/);
    expect(leaks("pulumi preview", result.output)).toEqual([]);
  });

  it("ocs-guard preview writes events, SARIF, JUnit and the summary with [secret] and none of the values", async () => {
    const out = join(stack.root, "reports");
    const result = await stack.exec("node", [join(REPO, "dist/cli/main.js"), "preview", "--out", out, "--", "--non-interactive"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("FAIL: 3 mandatory");

    const files = readdirSync(out);
    expect(files.sort()).toEqual(["events.jsonl", "junit.xml", "ocs-guard.sarif", "summary.md"]);
    const texts = Object.fromEntries(files.map((f) => [f, readFileSync(join(out, f), "utf8")]));
    const leaked = [...leaks("ocs-guard output", result.output), ...Object.entries(texts).flatMap(([f, text]) => leaks(f, text))];
    expect(leaked).toEqual([]);

    const sarif = JSON.parse(texts["ocs-guard.sarif"] ?? "") as Log;
    const results = sarif.runs[0]?.results ?? [];
    expect(results.filter((r) => r.level === "error").map((r) => r.ruleId).sort()).toEqual(EXPECTED.map((e) => e.policy).sort());
    const gateway = results.find((r) => r.ruleId === "mediation-server-require-network-separation");
    expect(gateway?.message.text).toContain("address [secret]");
    const accepted = results.find((r) => r.ruleId === "waiver-report-accepted-risks");
    expect(accepted?.message.text).toMatch(/accepted by \[secret\] until \d{4}-\d{2}-\d{2}: \[secret\]/);

    for (const e of EXPECTED) expect(texts["junit.xml"]).toMatch(new RegExp(`<testcase[^>]*${e.policy}[^>]*>\\s*<failure`));
    expect(texts["summary.md"]).toContain("[secret]");
    // The summary draws the topology, the gateway whose secret address breaks OCS-GW-5 in red.
    const picture = texts["summary.md"]?.slice(texts["summary.md"].indexOf("### Topology")) ?? "";
    expect(picture).toMatch(/^### Topology\n\n```mermaid\nflowchart TB\n/);
    expect(picture).toMatch(/\n {2}class [\w,]*\bgw_gw_redmond\b[\w,]* violated\n/);
    expect(picture).toContain('external 10.1.20.5:5060 tls to [secret]:5061 tls<br/>violates OCS-GW-5"| gw_gw_redmond');
    expect(texts["events.jsonl"]).toContain("address [secret]");
  });
});
