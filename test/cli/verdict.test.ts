import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEvents } from "../../cli/events";
import { verdictFor, type FailOn, type Verdict } from "../../cli/verdict";
import { fixture, fixtureCatalog } from "./catalog-fixture";

const load = (name: string) => parseEvents(readFileSync(fixture(name), "utf8"), fixtureCatalog);
const failOpen = (name: string) => join("fail-open", `${name}.jsonl`);

describe("verdictFor", () => {
  it.each<[string, FailOn, Verdict]>([
    ["preview-violations.jsonl", "mandatory", { code: 1 }],
    ["preview-violations.jsonl", "advisory", { code: 1 }],
    ["preview-violations.jsonl", "never", { code: 0 }],
    ["preview-advisory.jsonl", "mandatory", { code: 0 }],
    ["preview-advisory.jsonl", "advisory", { code: 1 }],
    ["preview-advisory.jsonl", "never", { code: 0 }],
    ["preview-program-error.jsonl", "mandatory", { code: 1 }],
    ["preview-program-error.jsonl", "never", { code: 0 }],
    ["preview-failed-silently.jsonl", "mandatory", { code: 1 }],
    ["pulumi-cli-sample.jsonl", "mandatory", { code: 1 }],
    ["pulumi-unknown-values.jsonl", "mandatory", { code: 0 }],
    ["pulumi-unknown-values.jsonl", "advisory", { code: 0 }],
    // Only these two events: the pack never started and nothing says the preview failed.
    ["preview-pack-not-started.jsonl", "mandatory", { code: 2, reason: "the events stop before the preview's summary, so the preview did not finish" }],
  ])("%s with --fail-on %s gives %j", (name, failOn, verdict) => {
    expect(verdictFor(load(name), failOn)).toEqual(verdict);
  });

  // Each of these passed the gate before it failed closed; see fixtures/README.md.
  it.each<[string, Verdict]>([
    ["level-capitalised", { code: 1 }],
    ["level-number", { code: 1 }],
    ["not-verifiable-quoted", { code: 1 }],
    ["not-verifiable-at-mandatory", { code: 1 }],
    ["level-missing", { code: 2, reason: "line 11 holds a policyEvent without enforcementLevel" }],
    ["event-kind-renamed", { code: 2, reason: 'line 11 holds a field "policyViolationEvent" that no engine event of pulumi 3.259 has' }],
    ["policy-event-without-name", { code: 2, reason: "line 11 holds a policyEvent without policyName" }],
    ["policy-event-wrong-type", { code: 2, reason: "line 11 holds a policyEvent whose message is a list, not a string" }],
    ["line-cut-off", { code: 2, reason: "line 11 is not valid JSON (it may be cut off)" }],
    ["text-line", { code: 2, reason: "line 1 is not JSON" }],
    [
      "analyzer-claim-without-event",
      {
        code: 2,
        reason:
          'policy pack "ocs-guard" says policy "mediation-server-require-unique-internal-route" found something on the stack, but no policy event for it is in the stream',
      },
    ],
    [
      "pack-never-reported",
      {
        code: 2,
        reason: "the preview loaded 1 policy pack but none reported its analysis (policyAnalyzeStackSummaryEvent), so the policies may not have run",
      },
    ],
    ["no-policy-pack", { code: 2, reason: "the preview ran without a policy pack (no policyLoadEvent); run it with `--policy-pack`" }],
    ["events-stop-early", { code: 2, reason: "the events stop before the preview's summary, so the preview did not finish" }],
    ["preview-canceled", { code: 2, reason: 'the preview ended with the result "canceled", not "succeeded"' }],
  ])("fail-open case %s gives %j", (name, verdict) => {
    expect(verdictFor(load(failOpen(name)), "mandatory")).toEqual(verdict);
  });

  it("refuses an unreadable stream even when it would fail anyway, or when told never to fail", () => {
    const lines = readFileSync(fixture("preview-violations.jsonl"), "utf8");
    const events = parseEvents(`${lines}{"sequence":99,"policyEvent":{}}\n`, fixtureCatalog);
    expect(verdictFor(events, "mandatory")).toEqual({ code: 2, reason: "line 19 holds a policyEvent without message" });
    expect(verdictFor(events, "never").code).toBe(2);
  });

  it("counts further problems in one clause", () => {
    const events = parseEvents("not json\nnor this\n{}\n", fixtureCatalog);
    expect(verdictFor(events, "mandatory")).toEqual({ code: 2, reason: "line 1 is not JSON (and 2 more problems)" });
  });

  it("wants every loaded pack to report", () => {
    const lines = readFileSync(fixture("preview-advisory.jsonl"), "utf8");
    const events = parseEvents(`{"sequence":0,"policyLoadEvent":{}}\n${lines}`, fixtureCatalog);
    expect(verdictFor(events, "mandatory")).toEqual({
      code: 2,
      reason: "the preview loaded 2 policy packs but only 1 reported its analysis (policyAnalyzeStackSummaryEvent), so the policies may not have run",
    });
  });

  it("fails on the engine's internal error event", () => {
    const lines = readFileSync(fixture("preview-advisory.jsonl"), "utf8");
    const events = parseEvents(`${lines}{"sequence":200,"errorEvent":{"error":"step executor crashed"}}\n`, fixtureCatalog);
    expect(events.errors).toEqual([{ severity: "error", message: "error: the engine reported an internal error: step executor crashed" }]);
    expect(verdictFor(events, "mandatory")).toEqual({ code: 1 });
  });
});
