import { readFileSync } from "node:fs";
import {
  classifyPolicyEvent,
  EventCollector,
  explainFailure,
  countFindings,
  exitCodeFor,
  normaliseLevel,
  parseEventLine,
  parseEvents,
  parseUrn,
  policyIndex,
  stripColors,
  type FailOn,
} from "../../cli/events";
import { fixture, fixtureCatalog } from "./catalog-fixture";

const load = (name: string) => parseEvents(readFileSync(fixture(name), "utf8"), fixtureCatalog);

describe("parseUrn", () => {
  it.each([
    ["urn:pulumi:dev::ocs-lab::ocs:index:Topology::contoso", { stack: "dev", project: "ocs-lab", type: "ocs:index:Topology", name: "contoso" }],
    [
      "urn:pulumi:dev::ocs-lab::ocs:index:Topology$ocs:voice:MediationServer::med-1",
      { stack: "dev", project: "ocs-lab", type: "ocs:voice:MediationServer", name: "med-1" },
    ],
    ["urn:pulumi:prod::p::a:b:C::name::with::colons", { stack: "prod", project: "p", type: "a:b:C", name: "name::with::colons" }],
  ])("splits %s", (urn, expected) => {
    expect(parseUrn(urn)).toEqual(expected);
  });

  it.each(["", "not-a-urn", "urn:pulumi:dev::only-two"])("returns undefined for %j", (urn) => {
    expect(parseUrn(urn)).toBeUndefined();
  });
});

describe("stripColors and levels", () => {
  it.each([
    ["<{%reset%}>text<{%reset%}>\n", "text\n"],
    ["<{%fg 1%}>error: <{%reset%}>boom", "error: boom"],
    ["plain", "plain"],
  ])("strips %j", (input, expected) => expect(stripColors(input)).toBe(expected));

  it.each([
    ["mandatory", "mandatory"],
    ["advisory", "advisory"],
    ["warning", "advisory"],
    ["remediate", "remediate"],
    ["disabled", "disabled"],
    ["none", "disabled"],
    [undefined, "advisory"],
  ])("normalises level %j to %s", (input, expected) => expect(normaliseLevel(input)).toBe(expected));
});

describe("parseEventLine", () => {
  it.each([
    ["Previewing update (dev):", false],
    ["", false],
    ["{not json", false],
    ['{"unrelated":true}', false],
    ["[1,2]", false],
    ['{"sequence":1,"timestamp":2,"cancelEvent":{}}', true],
    ['{"someFutureEvent":{}}', true],
  ])("%j is an event: %s", (line, isEvent) => {
    expect(parseEventLine(line) !== undefined).toBe(isEvent);
  });
});

describe("classifyPolicyEvent", () => {
  const index = policyIndex(fixtureCatalog);
  const base = { color: "raw", policyPackName: "ocs-guard", policyPackVersion: "0.1.0", policyPackVersionTag: "0.1.0" };

  it.each([
    {
      title: "a mandatory violation loses the colour directives and the description line",
      event: {
        ...base,
        policyName: "media-gateway-require-tls",
        enforcementLevel: "mandatory",
        resourceUrn: "urn:pulumi:dev::p::ocs:voice:MediaGateway::gw-1",
        message: "<{%reset%}>Media gateways and Mediation Servers talk SIP over TLS.\nmedia gateway \"gw-1\" uses transport tcp (OCS-GW-3).<{%reset%}>\n",
      },
      expected: { outcome: "violation", enforcementLevel: "mandatory", message: 'media gateway "gw-1" uses transport tcp (OCS-GW-3).', severity: "high" },
    },
    {
      title: "a can't-run note is not verifiable, not a violation",
      event: {
        ...base,
        policyName: "mediation-server-require-two-nics",
        enforcementLevel: "advisory",
        message:
          "<{%reset%}>can't run policy 'mediation-server-require-two-nics' from policy pack 'ocs-guard@v0.1.0' during preview: not verifiable until update: Mediation Server \"med-1\" external.ip is unknown during preview (OCS-GW-4).<{%reset%}>\n",
      },
      expected: {
        outcome: "not-verifiable",
        enforcementLevel: "advisory",
        message: 'not verifiable until update: Mediation Server "med-1" external.ip is unknown during preview (OCS-GW-4).',
      },
    },
    {
      title: "a waiver report starting with waived: is an accepted risk",
      event: {
        ...base,
        policyName: "waiver-report-accepted-risks",
        enforcementLevel: "advisory",
        message: "Reports every deviation accepted by a valid waiver, with its justification, owner and expiry.\nwaived: something (OCS-GW-6); accepted by a@b until 2027-01-01: reason (OCS-RISK-1).",
      },
      expected: { outcome: "accepted-risk", message: "waived: something (OCS-GW-6); accepted by a@b until 2027-01-01: reason (OCS-RISK-1)." },
    },
    {
      title: "an accepted risk: line is an accepted risk too",
      event: { ...base, policyName: "waiver-report-accepted-risks", enforcementLevel: "advisory", message: "accepted risk: x waives y" },
      expected: { outcome: "accepted-risk", message: "accepted risk: x waives y" },
    },
    {
      title: "waived: from another policy stays a violation",
      event: { ...base, policyName: "server-require-kerberos", enforcementLevel: "warning", message: "waived: not really" },
      expected: { outcome: "violation", enforcementLevel: "advisory", severity: "medium" },
    },
    {
      title: "an unknown policy keeps its whole message and the event's severity",
      event: { ...base, policyName: "other-policy", enforcementLevel: "mandatory", severity: "critical", message: "line one\nline two" },
      expected: { outcome: "violation", message: "line one\nline two", severity: "critical", policyPack: "ocs-guard@0.1.0" },
    },
  ])("$title", ({ event, expected }) => {
    expect(classifyPolicyEvent(event, index)).toMatchObject(expected);
  });

  it.each([{}, { policyName: "x" }, { message: "m" }, { policyName: 3, message: "m" }])("ignores %j", (event) => {
    expect(classifyPolicyEvent(event, index)).toBeUndefined();
  });
});

describe("parseEvents on fixtures", () => {
  it.each([
    ["preview-violations.jsonl", { mandatory: 3, advisory: 1, acceptedRisks: 1, notVerifiable: 1, resources: 5, previewErrors: 0 }],
    ["preview-advisory.jsonl", { mandatory: 0, advisory: 1, acceptedRisks: 0, notVerifiable: 1, resources: 5, previewErrors: 0 }],
    ["preview-program-error.jsonl", { mandatory: 0, advisory: 0, acceptedRisks: 0, notVerifiable: 0, resources: 0, previewErrors: 1 }],
    ["not-events.txt", { mandatory: 0, advisory: 0, acceptedRisks: 0, notVerifiable: 0, resources: 0, previewErrors: 0 }],
    // A real stream of the pinned CLI: its closing bare "preview failed" is explained by the violations.
    ["pulumi-cli-sample.jsonl", { mandatory: 4, advisory: 0, acceptedRisks: 0, notVerifiable: 0, resources: 2, previewErrors: 0 }],
    ["preview-failed-silently.jsonl", { mandatory: 0, advisory: 0, acceptedRisks: 0, notVerifiable: 0, resources: 0, previewErrors: 1 }],
  ])("%s counts", (name, counts) => {
    expect(countFindings(load(name))).toEqual(counts);
  });

  it("skips noise lines and keeps the summary and prelude", () => {
    const events = load("preview-violations.jsonl");
    expect(events.skippedLines).toBe(2);
    expect(events.summary).toMatchObject({ result: "failed", resourceChanges: { create: 6 }, policyPacks: { "ocs-guard": "v0.1.0" } });
    expect(events.configKeys).toBe(2);
    expect(events.resources[0]).toContain("pulumi:pulumi:Stack");
  });

  it("reads the preview's own error with its prefix, without colours", () => {
    expect(load("preview-program-error.jsonl").errors[0]?.message).toMatch(/^error: Running program .* failed/);
  });

  it("keeps the message of a real CLI event without its description line only when the policy is known", () => {
    const events = load("pulumi-cli-sample.jsonl");
    expect(events.findings[0]).toEqual({
      outcome: "violation",
      policyName: "always-violate",
      policyPack: "smoke-pack@1.0.0",
      enforcementLevel: "mandatory",
      resourceUrn: "urn:pulumi:dev::smoke::pulumi:pulumi:Stack::smoke-dev",
      message: "Reports every resource.\nresource smoke-dev of type pulumi:pulumi:Stack is not allowed",
    });
  });

  it("records the passes of the analyzer's summary events", () => {
    expect(load("preview-advisory.jsonl").passes).toEqual([
      { policyName: "media-gateway-require-tls", resourceUrn: "urn:pulumi:dev::ocs-lab::ocs:index:Topology$ocs:voice:MediaGateway::gw-1" },
      { policyName: "server-require-kerberos", resourceUrn: "urn:pulumi:dev::ocs-lab::ocs:index:Topology$ocs:voice:MediaGateway::gw-1" },
      { policyName: "media-gateway-require-tls", resourceUrn: "urn:pulumi:dev::ocs-lab::pulumi:pulumi:Stack::ocs-lab-dev" },
      { policyName: "um-dial-plan-require-srtp-capable-clients" },
    ]);
  });

  it("turns a failed preview with nothing to explain it into a preview error", () => {
    expect(load("preview-failed-silently.jsonl").errors).toEqual([
      { severity: "error", message: "error: the preview failed without saying why in its events; see pulumi's own output." },
    ]);
  });

  it("finds no events in a file of noise", () => {
    expect(load("not-events.txt").eventCount).toBe(0);
  });
});

describe("exitCodeFor", () => {
  it.each<[string, FailOn, number]>([
    ["preview-violations.jsonl", "mandatory", 1],
    ["preview-violations.jsonl", "advisory", 1],
    ["preview-violations.jsonl", "never", 0],
    ["preview-advisory.jsonl", "mandatory", 0],
    ["preview-advisory.jsonl", "advisory", 1],
    ["preview-program-error.jsonl", "mandatory", 1],
    ["preview-program-error.jsonl", "never", 0],
    ["preview-failed-silently.jsonl", "mandatory", 1],
    ["preview-pack-not-started.jsonl", "mandatory", 1],
    ["pulumi-cli-sample.jsonl", "mandatory", 1],
  ])("%s with --fail-on %s exits %d", (name, failOn, code) => {
    expect(exitCodeFor(load(name), failOn)).toBe(code);
  });
});

describe("explainFailure", () => {
  it.each<[string, boolean, string[], string | undefined]>([
    ["preview-violations.jsonl", true, ["error: x"], undefined],
    ["preview-program-error.jsonl", true, ["error: x"], "error: Running program"],
    ["preview-advisory.jsonl", false, [], undefined],
    ["preview-advisory.jsonl", true, ["error: policy pack not started"], "error: policy pack not started"],
    ["preview-advisory.jsonl", true, [], "error: the preview failed without saying why"],
    // Real shape: the pack failed to start, the engine sent only these two events.
    ["preview-pack-not-started.jsonl", false, [], "error: the events stop before the preview's summary"],
    ["preview-pack-not-started.jsonl", true, ["error: policy pack not started: could not read policy pack port"], "error: policy pack not started"],
  ])("%s failed=%s reasons=%j gives %s", (name, failed, reasons, expected) => {
    const collector = new EventCollector(policyIndex(fixtureCatalog));
    for (const line of readFileSync(fixture(name), "utf8").split("\n")) collector.addLine(line);
    const events = explainFailure(collector.raw, failed, reasons);
    if (expected === undefined) expect(events.errors).toEqual(collector.raw.errors);
    else expect(events.errors[0]?.message).toMatch(new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  });
});
