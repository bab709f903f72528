import { readFileSync } from "node:fs";
import { classifyPolicyEvent, EventCollector, explainFailure, normaliseLevel, parseEvents, parseUrn, policyIndex, stripColors } from "../../cli/events";
import { countFindings } from "../../cli/verdict";
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

  it.each<[unknown, string]>([
    ["mandatory", "mandatory"],
    ["advisory", "advisory"],
    // The apitype comment's older spelling of advisory.
    ["warning", "advisory"],
    // Not a level the engine reports violations at: read as mandatory, never waved through.
    ["Mandatory", "mandatory"],
    ["ADVISORY", "mandatory"],
    ["remediate", "mandatory"],
    ["disabled", "mandatory"],
    ["none", "mandatory"],
    ["", "mandatory"],
    [1, "mandatory"],
    [0, "mandatory"],
    [null, "mandatory"],
    [undefined, "mandatory"],
    [{ level: "advisory" }, "mandatory"],
  ])("normalises level %j to %s", (input, expected) => expect(normaliseLevel(input)).toBe(expected));
});

describe("classifyPolicyEvent", () => {
  const index = policyIndex(fixtureCatalog);
  const base = { policyPackName: "ocs-guard", policyPackVersion: "0.1.0", policyPackVersionTag: "0.1.0" };

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
      title: "a waiver report at mandatory level is a violation, not an accepted risk",
      event: { ...base, policyName: "waiver-report-accepted-risks", enforcementLevel: "mandatory", message: "waived: something" },
      expected: { outcome: "violation", enforcementLevel: "mandatory" },
    },
    {
      title: "a violation quoting the can't-run sentence stays a violation",
      event: {
        ...base,
        policyName: "server-require-kerberos",
        enforcementLevel: "advisory",
        message:
          "Internal servers accept Kerberos authentication.\nserver \"se-1\" says: can't run policy 'server-require-kerberos' from policy pack 'ocs-guard@v0.1.0' during preview: not verifiable until update: x",
      },
      expected: { outcome: "violation", enforcementLevel: "advisory" },
    },
    {
      title: "a can't-run note at mandatory level is a mandatory violation (the SDK sends them as advisory)",
      event: {
        ...base,
        policyName: "mediation-server-require-two-nics",
        enforcementLevel: "mandatory",
        message: "can't run policy 'mediation-server-require-two-nics' from policy pack 'ocs-guard@v0.1.0' during preview: not verifiable until update: x",
      },
      expected: { outcome: "violation", enforcementLevel: "mandatory" },
    },
    {
      title: "an unrecognised level makes a violation mandatory",
      event: { ...base, policyName: "server-require-kerberos", enforcementLevel: 1, message: "Internal servers accept Kerberos authentication.\nntlm only" },
      expected: { outcome: "violation", enforcementLevel: "mandatory", message: "ntlm only" },
    },
    {
      title: "an unknown policy keeps its whole message and the event's severity",
      event: { ...base, policyName: "other-policy", enforcementLevel: "mandatory", severity: "critical", message: "line one\nline two" },
      expected: { outcome: "violation", message: "line one\nline two", severity: "critical", policyPack: "ocs-guard@0.1.0" },
    },
  ])("$title", ({ event, expected }) => {
    expect(classifyPolicyEvent(event, index)).toMatchObject(expected);
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
    // A real stream of the pinned CLI with this pack on examples/unknown-values.
    ["pulumi-unknown-values.jsonl", { mandatory: 0, advisory: 0, acceptedRisks: 0, notVerifiable: 3, resources: 32, previewErrors: 0 }],
  ])("%s counts", (name, counts) => {
    expect(countFindings(load(name))).toEqual(counts);
  });

  it("keeps the summary and the prelude, and counts the packs loaded and reporting", () => {
    const events = load("preview-violations.jsonl");
    expect(events.problems).toEqual([]);
    expect(events.packsLoaded).toBe(1);
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

  it("finds no events in a file of noise, and says which lines are not events", () => {
    const events = load("not-events.txt");
    expect(events.eventCount).toBe(0);
    expect(events.problems).toEqual(["line 1 is not JSON", "line 2 is not JSON", 'line 3 holds a field "not" that no engine event of pulumi 3.259 has']);
  });

  it("reads every event of a real stream, with the pack's load, analysis and notes", () => {
    const events = load("pulumi-unknown-values.jsonl");
    expect(events.problems).toEqual([]);
    expect(events.summary).toMatchObject({ result: "succeeded" });
    expect(events.packsLoaded).toBe(1);
    expect(events.packsReported).toEqual(["ocs-guard"]);
    expect(events.findings.map((f) => [f.outcome, f.enforcementLevel, f.policyName])).toEqual([
      ["not-verifiable", "advisory", "mediation-server-require-two-nics"],
      ["not-verifiable", "advisory", "mediation-server-require-network-separation"],
      ["not-verifiable", "advisory", "media-gateway-require-mediation-next-hop"],
    ]);
    expect(events.findings[0]?.message).toBe(
      'not verifiable until update: Mediation Server "med-redmond" external.ip is unknown during preview (OCS-GW-4); the rule is enforced once the values are known.',
    );
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
    ["preview-pack-not-started.jsonl", false, [], undefined],
    ["preview-pack-not-started.jsonl", true, ["error: policy pack not started: could not read policy pack port"], "error: policy pack not started"],
  ])("%s failed=%s reasons=%j gives %s", (name, failed, reasons, expected) => {
    const collector = new EventCollector(policyIndex(fixtureCatalog));
    for (const line of readFileSync(fixture(name), "utf8").split("\n")) collector.addLine(line);
    const events = explainFailure(collector.raw, failed, reasons);
    if (expected === undefined) expect(events.errors).toEqual(collector.raw.errors);
    else expect(events.errors[0]?.message).toMatch(new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  });
});
