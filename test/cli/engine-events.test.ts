import { readFileSync } from "node:fs";
import { eventKinds, readEventLine } from "../../cli/engine-events";
import { fixture } from "./catalog-fixture";

const policyEvent = {
  message: "m",
  color: "never",
  policyName: "p",
  policyPackName: "ocs-guard",
  policyPackVersion: "0.1.0",
  policyPackVersionTag: "0.1.0",
  enforcementLevel: "mandatory",
};
const line = (event: Record<string, unknown>) => JSON.stringify({ sequence: 7, timestamp: 1, ...event });

describe("readEventLine", () => {
  it.each(["", "   ", "\t"])("reads %j as a blank line", (text) => {
    expect(readEventLine(text, 1)).toEqual({ type: "blank" });
  });

  it.each([
    ["Previewing update (dev):", "line 4 is not JSON"],
    ['{"sequence":5,"policyEvent":{"message":"cut', "line 4 is not valid JSON (it may be cut off)"],
    ["[1,2]", "line 4 is a list, not an engine event object"],
    ['"text"', "line 4 is a string, not an engine event object"],
    ["null", "line 4 is null, not an engine event object"],
    ['{"sequence":"7","cancelEvent":{}}', "line 4 has a sequence that is a string, not a number"],
    ["{}", "line 4 holds no event kind"],
    ['{"sequence":7}', "line 4 holds no event kind"],
    [line({ policyViolationEvent: policyEvent }), 'line 4 holds a field "policyViolationEvent" that no engine event of pulumi 3.259 has'],
    [line({ policyEvent, extra: 1 }), 'line 4 holds a field "extra" that no engine event of pulumi 3.259 has'],
    [line({ policyEvent, cancelEvent: {} }), "line 4 holds 2 event kinds (policyEvent, cancelEvent) where an engine event has exactly one"],
    [line({ policyEvent: "boom" }), "line 4 holds a policyEvent that is a string, not an object"],
    [line({ policyEvent: { ...policyEvent, policyName: undefined } }), "line 4 holds a policyEvent without policyName"],
    [line({ policyEvent: { ...policyEvent, policyName: "" } }), "line 4 holds a policyEvent whose policyName is empty"],
    [line({ policyEvent: { ...policyEvent, policyName: 3 } }), "line 4 holds a policyEvent whose policyName is a number, not a string"],
    [line({ policyEvent: { ...policyEvent, policyPackName: undefined } }), "line 4 holds a policyEvent without policyPackName"],
    [line({ policyEvent: { ...policyEvent, message: null } }), "line 4 holds a policyEvent whose message is null, not a string"],
    [line({ policyEvent: { ...policyEvent, resourceUrn: 1 } }), "line 4 holds a policyEvent whose resourceUrn is a number, not a string"],
    [line({ policyEvent: { ...policyEvent, enforcementLevel: undefined } }), "line 4 holds a policyEvent without enforcementLevel"],
    [
      line({ policyAnalyzeSummaryEvent: { resourceUrn: "u", policyPackName: "p", policyPackVersion: "1", passed: "all" } }),
      "line 4 holds a policyAnalyzeSummaryEvent whose passed is a string, not an array",
    ],
    [
      line({ policyAnalyzeStackSummaryEvent: { policyPackName: "p", policyPackVersion: "1", failed: [1] } }),
      "line 4 holds a policyAnalyzeStackSummaryEvent whose failed.0 is a number, not a string",
    ],
    [line({ summaryEvent: { resourceChanges: {}, PolicyPacks: {} } }), "line 4 holds a summaryEvent without result"],
    [line({ diagnosticEvent: { message: "x", severity: 2 } }), "line 4 holds a diagnosticEvent whose severity is a number, not a string"],
    [line({ resourcePreEvent: { metadata: { op: "create", type: "t" } } }), "line 4 holds a resourcePreEvent without metadata.urn"],
  ])("refuses %s: %s", (text, problem) => {
    expect(readEventLine(text, 4)).toEqual({ type: "problem", problem });
  });

  it("reads a policy event with its fields, a level of any type included", () => {
    const read = readEventLine(line({ policyEvent: { ...policyEvent, enforcementLevel: 1 } }), 1);
    expect(read).toMatchObject({ type: "event", event: { kind: "policyEvent", payload: { policyName: "p", enforcementLevel: 1 } } });
  });

  it("leaves fields it does not read alone, so an engine that adds one still reads", () => {
    expect(readEventLine(line({ policyEvent: { ...policyEvent, newField: { x: 1 } } }), 1).type).toBe("event");
  });

  it("reads a step's outputs, and takes a state it cannot read as none, since no verdict depends on it", () => {
    const metadata = { op: "create", urn: "u", type: "t" };
    const outputs = { "ocs-guard:constructionSite": { file: "index.ts", line: 7, column: 1 } };
    expect(readEventLine(line({ resOutputsEvent: { metadata: { ...metadata, new: { outputs } } } }), 1)).toMatchObject({
      type: "event",
      event: { payload: { metadata: { new: { outputs } } } },
    });
    for (const state of ["text", { outputs: [1] }, null]) {
      const read = readEventLine(line({ resOutputsEvent: { metadata: { ...metadata, new: state } } }), 1);
      expect(read).toMatchObject({ type: "event", event: { payload: { metadata: { urn: "u", new: null } } } });
    }
  });

  it("reads Go's null for an empty map", () => {
    const read = readEventLine(line({ summaryEvent: { result: "succeeded", resourceChanges: null, PolicyPacks: null } }), 1);
    expect(read.type).toBe("event");
  });

  it("knows every event kind of apitype.EngineEvent", () => {
    expect(Object.keys(eventKinds).sort()).toEqual(
      [
        "cancelEvent",
        "stdoutEvent",
        "diagnosticEvent",
        "preludeEvent",
        "summaryEvent",
        "resourcePreEvent",
        "resOutputsEvent",
        "resOpFailedEvent",
        "policyEvent",
        "policyRemediationEvent",
        "policyLoadEvent",
        "policyAnalyzeSummaryEvent",
        "policyRemediateSummaryEvent",
        "policyAnalyzeStackSummaryEvent",
        "startDebuggingEvent",
        "progressEvent",
        "errorEvent",
      ].sort(),
    );
  });

  it.each(["pulumi-unknown-values.jsonl", "pulumi-cli-sample.jsonl"])("reads every line of the real stream %s", (name) => {
    const lines = readFileSync(fixture(name), "utf8").trimEnd().split("\n");
    const problems = lines.map((l, i) => readEventLine(l, i + 1)).filter((r) => r.type !== "event");
    expect(problems).toEqual([]);
  });
});
