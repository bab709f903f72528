import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compiledExample, describeWithPulumi, REPO, TempStack } from "../e2e/pulumi";

jest.setTimeout(180_000);

const cli = join(REPO, "dist/cli/main.js");

/**
 * The strict event reader against the real engine: every event pulumi 3.259 sends for a preview
 * with this pack, on standard output and in its own event log, reads without a problem.
 */
describeWithPulumi("the gate on the real engine's events", () => {
  it("passes a preview whose unknown values are not verifiable yet, from the stream and from the event log alike", async () => {
    const stack = await TempStack.create(compiledExample("unknown-values"));
    try {
      const out = join(stack.root, "reports");
      const log = join(stack.root, "event-log.jsonl");
      const result = await stack.exec("node", [cli, "preview", "--out", out, "--", "--non-interactive", "--event-log", log], {
        PULUMI_DEBUG_COMMANDS: "true",
      });
      const verdict = "ocs-guard: PASS: 0 mandatory, 0 advisory, 0 accepted risk(s), 3 not verifiable, 32 resource(s).";
      expect(result.stderr).toContain(`${verdict}\n`);
      expect(result.code).toBe(0);
      expect(readFileSync(join(out, "summary.md"), "utf8")).toContain("**Verdict: PASS**");

      const fromLog = await stack.exec("node", [cli, "report", "--input", log]);
      expect({ code: fromLog.code, stderr: fromLog.stderr }).toEqual({ code: 0, stderr: `${verdict}\n` });
    } finally {
      stack.dispose();
    }
  });
});
