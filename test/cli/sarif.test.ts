import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import type { Log, Result } from "sarif";
import { describePolicies } from "../../cli/catalog";
import { parseEvents, type PolicyFinding } from "../../cli/events";
import { buildSarif, sarifLevel } from "../../cli/sarif";
import { allPolicies } from "../../policies";
import { fixture, fixtureCatalog } from "./catalog-fixture";

/**
 * The SARIF 2.1.0 schema as shipped by @microsoft/jest-sarif (a dev dependency). It is written in
 * JSON Schema draft-04, whose only differences that matter to Ajv here are the `id` keyword and the
 * `$schema` URI, so both are adapted rather than pulling in a draft-04 validator.
 */
function sarifValidator() {
  const path = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
  const schema = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  const id = schema.id;
  delete schema.$schema;
  delete schema.id;
  // The schema's language pattern has a stray `]` that is invalid under the `u` flag Ajv uses by default.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ ...schema, $id: String(id) });
}

const load = (name: string) => parseEvents(readFileSync(fixture(name), "utf8"), fixtureCatalog);

describe("buildSarif", () => {
  const validate = sarifValidator();

  it.each([
    "preview-violations.jsonl",
    "preview-advisory.jsonl",
    "preview-program-error.jsonl",
    "preview-failed-silently.jsonl",
    "pulumi-cli-sample.jsonl",
    "not-events.txt",
  ])(
    "%s gives a log valid against the SARIF 2.1.0 schema",
    (name) => {
      const log = JSON.parse(JSON.stringify(buildSarif(load(name), fixtureCatalog, { toolVersion: "0.1.0" })));
      expect(validate(log) ? [] : validate.errors).toEqual([]);
    },
  );

  it("gives a valid log with construction sites, a waived violation as a suppression, and paths under the repository", () => {
    const policies = describePolicies(allPolicies);
    const events = parseEvents(readFileSync(fixture("pulumi-construction-sites.jsonl"), "utf8"), policies);
    const sources = { repository: "/src/contoso", project: "/src/contoso/infra" };
    const log = JSON.parse(JSON.stringify(buildSarif(events, policies, { toolVersion: "0.1.0", sources })));
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    expect(log.runs[0].results.map((r: Result) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri)).toEqual([
      "infra/index.ts",
      "infra/index.ts",
      "infra/index.ts",
    ]);
  });

  it("rejects a log that breaks the schema, so the checks above mean something", () => {
    const log = JSON.parse(JSON.stringify(buildSarif(load("preview-violations.jsonl"), fixtureCatalog, { toolVersion: "0.1.0" })));
    log.runs[0].results[0].level = "fatal";
    expect(validate(log)).toBe(false);
  });

  it("is valid with the pack's real policies as rules", () => {
    const policies = describePolicies(allPolicies);
    const events = parseEvents(readFileSync(fixture("preview-violations.jsonl"), "utf8"), policies);
    const log = JSON.parse(JSON.stringify(buildSarif(events, policies, { toolVersion: "0.1.0" })));
    expect(validate(log) ? [] : validate.errors).toEqual([]);
  });

  const log: Log = buildSarif(load("preview-violations.jsonl"), fixtureCatalog, { toolVersion: "0.1.0" });
  const run = log.runs[0];
  const results: Result[] = run?.results ?? [];

  it("has one rule per catalogued policy with help, remediation, the seed and properties", () => {
    const rule = run?.tool.driver.rules?.find((r) => r.id === "media-gateway-require-tls");
    expect(rule).toMatchObject({
      shortDescription: { text: "Media gateways and Mediation Servers talk SIP over TLS." },
      helpUri: "https://example.invalid/docs/policies.md#media-gateway-require-tls",
      properties: { requirements: ["OCS-GW-3"], severity: "high", enforcementLevel: "mandatory", tags: expect.arrayContaining(["OCS-GW-3"]) },
    });
    expect(rule?.help?.markdown).toContain("Set the gateway transport");
    expect(rule?.help?.markdown).toContain("> Use TLS between the media gateway");
    expect(rule?.help?.text).toContain("Remediation:");
    expect(run?.tool.driver.rules?.map((r) => r.id).slice(0, fixtureCatalog.length)).toEqual(fixtureCatalog.map((p) => p.name));
  });

  it.each([
    ["media-gateway-require-tls", "error"],
    ["um-dial-plan-require-srtp-capable-clients", "error"],
    ["server-require-kerberos", "warning"],
    ["mediation-server-require-two-nics", "note"],
    ["waiver-report-accepted-risks", "warning"],
  ])("results of %s have level %s", (ruleId, level) => {
    const mine = results.filter((r) => r.ruleId === ruleId);
    expect(mine.length).toBeGreaterThan(0);
    for (const r of mine) expect(r.level).toBe(level);
  });

  it.each<[Partial<PolicyFinding>, Result.level]>([
    [{ outcome: "violation", enforcementLevel: "mandatory", severity: "low" }, "error"],
    [{ outcome: "violation", enforcementLevel: "advisory", severity: "critical" }, "warning"],
    [{ outcome: "violation", enforcementLevel: "advisory", severity: "high" }, "warning"],
    [{ outcome: "not-verifiable", enforcementLevel: "advisory" }, "note"],
    [{ outcome: "not-verifiable", enforcementLevel: "mandatory" }, "note"],
  ])("sarifLevel(%j) is %s", (finding, level) => {
    expect(sarifLevel({ policyName: "p", policyPack: "x", message: "m", ...finding } as PolicyFinding)).toBe(level);
  });

  it("names the resource URN, name and type in a logical location", () => {
    const r = results.find((x) => x.ruleId === "media-gateway-require-tls");
    expect(r?.locations?.[0]?.logicalLocations?.[0]).toEqual({
      name: "gw-1",
      fullyQualifiedName: "urn:pulumi:dev::ocs-lab::ocs:index:Topology$ocs:voice:MediaGateway::gw-1",
      kind: "resource",
      properties: { resourceType: "ocs:voice:MediaGateway", stack: "dev" },
    });
    expect(r?.message.text).toBe('media gateway "gw-1" uses transport tcp; the link to its Mediation Server must use tls (OCS-GW-3).');
  });

  it("marks accepted risks as suppressed and not-verifiable notes as review", () => {
    const accepted = results.find((x) => x.ruleId === "waiver-report-accepted-risks");
    expect(accepted?.suppressions).toEqual([expect.objectContaining({ kind: "external", status: "accepted" })]);
    const unknown = results.find((x) => x.ruleId === "mediation-server-require-two-nics");
    expect(unknown).toMatchObject({ kind: "review", message: { text: expect.stringMatching(/^Not verifiable during preview: /) } });
  });

  it("adds a rule for a policy outside the catalogue, and ruleIndex points at it", () => {
    const advisory = buildSarif(load("preview-advisory.jsonl"), fixtureCatalog, { toolVersion: "0.1.0" }).runs[0];
    const r = advisory?.results?.find((x) => x.ruleId === "mediation-server-require-unique-internal-route");
    expect(advisory?.tool.driver.rules?.[r?.ruleIndex ?? -1]?.id).toBe("mediation-server-require-unique-internal-route");
    expect(r?.locations?.[0]?.logicalLocations?.[0]).toEqual({ name: "stack", kind: "module" });
    // A finding that names no resource has no construction site: it stays at the project file.
    expect(r?.locations?.[0]?.physicalLocation).toEqual({ artifactLocation: { uri: "Pulumi.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: 1 } });
  });

  it("reports the preview's own error as a failed invocation", () => {
    const inv = buildSarif(load("preview-program-error.jsonl"), fixtureCatalog, { toolVersion: "0.1.0" }).runs[0]?.invocations?.[0];
    expect(inv?.executionSuccessful).toBe(false);
    expect(inv?.toolExecutionNotifications?.[0]?.message.text).toMatch(/unhandled exception/);
  });
});
