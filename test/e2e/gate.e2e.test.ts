import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Log } from "sarif";
import { compiledExample, describeWithPulumi, REPO, TempStack } from "./pulumi";

jest.setTimeout(180_000);

describeWithPulumi("ocs-guard preview: the CI gate on real engine events", () => {
  it("fails on a mandatory violation and writes SARIF, JUnit and the Markdown summary naming it", async () => {
    const stack = await TempStack.create(compiledExample("violations/OCS-GW-7"));
    try {
      const out = join(stack.root, "reports");
      const result = await stack.exec("node", [join(REPO, "dist/cli/main.js"), "preview", "--out", out, "--", "--non-interactive"]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("FAIL");

      const sarif = JSON.parse(readFileSync(join(out, "ocs-guard.sarif"), "utf8")) as Log;
      const results = sarif.runs[0]?.results ?? [];
      const violation = results.find((r) => r.ruleId === "media-gateway-require-mediation-next-hop");
      expect(violation?.level).toBe("error");
      expect(violation?.message.text).toContain("5070");
      expect(results.filter((r) => r.level === "error").map((r) => r.ruleId)).toEqual(["media-gateway-require-mediation-next-hop"]);

      const junit = readFileSync(join(out, "junit.xml"), "utf8");
      expect(junit).toMatch(/<testcase[^>]*media-gateway-require-mediation-next-hop[^>]*>\s*<failure/);
      const summary = readFileSync(join(out, "summary.md"), "utf8");
      expect(summary).toContain("OCS-GW-7");
      expect(summary).toContain("media-gateway-require-mediation-next-hop");
    } finally {
      stack.dispose();
    }
  });

  it("passes the reference topology", async () => {
    const stack = await TempStack.create(join(REPO, "dist/examples/reference/index.js"));
    try {
      const out = join(stack.root, "reports");
      const result = await stack.exec("node", [join(REPO, "dist/cli/main.js"), "preview", "--out", out, "--", "--non-interactive"]);
      expect(result.stderr).toContain("PASS: 0 mandatory");
      expect(result.code).toBe(0);
    } finally {
      stack.dispose();
    }
  });
});
