import { readFileSync } from "node:fs";
import type { Result } from "sarif";
import { describePolicies } from "../../cli/catalog";
import { parseEvents, type PreviewEvents } from "../../cli/events";
import { buildMarkdown } from "../../cli/markdown";
import { buildJunit } from "../../cli/junit";
import { buildSarif, FINGERPRINT } from "../../cli/sarif";
import { countFindings } from "../../cli/verdict";
import { CONSTRUCTION_SITE_KEY } from "../../components/construction-site";
import { allPolicies } from "../../policies";
import { fixture } from "./catalog-fixture";

/**
 * `pulumi-construction-sites.jsonl` is a real preview (pulumi 3.259, this pack) of the TypeScript
 * program of test/e2e/sarif-locations.e2e.test.ts, whose project folder is the repository root:
 * a Topology at index.ts:5:18, a DeploymentTask at 7:1 with two advisory violations of one policy,
 * and a ClientEncryptionPolicy at 18:23 whose violation a waiver accepts.
 */
const policies = describePolicies(allPolicies);
const text = readFileSync(fixture("pulumi-construction-sites.jsonl"), "utf8");
const TASK = "urn:pulumi:dev::ocs-lab::ocs:index:Topology$ocs:admin:DeploymentTask::task-configure-se";

function resultsOf(events: PreviewEvents, sources?: { repository: string; project: string }): Result[] {
  const log = buildSarif(events, policies, sources ? { toolVersion: "0.1.0", sources } : { toolVersion: "0.1.0" });
  return log.runs[0]?.results ?? [];
}

const fingerprintsOf = (results: Result[]) => results.map((r) => `${r.ruleId} ${r.partialFingerprints?.[FINGERPRINT] ?? ""}`);

describe("SARIF locations", () => {
  const events = parseEvents(text, policies);

  it("reads each component's construction site and waivers from its outputs in the events", () => {
    expect(events.components.get(TASK)).toEqual({ site: { file: "index.ts", line: 7, column: 1 }, waivers: [] });
  });

  it("points each result at the file, line and column where its component was constructed", () => {
    const located = resultsOf(events).map((r) => [r.ruleId, r.locations?.[0]?.physicalLocation]);
    const at = (startLine: number, startColumn: number) => ({
      artifactLocation: { uri: "index.ts", uriBaseId: "%SRCROOT%" },
      region: { startLine, startColumn },
    });
    expect(located).toEqual([
      ["deployment-task-limit-privileged-groups", at(7, 1)],
      ["deployment-task-limit-privileged-groups", at(7, 1)],
      // Reported by the stack policy waiver-report-accepted-risks, located at the component it names.
      ["client-encryption-disallow-rejected", at(18, 23)],
    ]);
  });

  it("writes the path relative to the repository root when the project is a folder of it", () => {
    const [first] = resultsOf(events, { repository: "/src/contoso", project: "/src/contoso/infra/ocs" });
    expect(first?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: "infra/ocs/index.ts", uriBaseId: "%SRCROOT%" });
  });

  it("keeps a result whose resource has no recorded site at the project's Pulumi.yaml", () => {
    const withoutSites = parseEvents(text.split(CONSTRUCTION_SITE_KEY).join("not-a-site"), policies);
    for (const r of resultsOf(withoutSites, { repository: "/src/contoso", project: "/src/contoso/infra" })) {
      expect(r.locations?.[0]?.physicalLocation).toEqual({
        artifactLocation: { uri: "infra/Pulumi.yaml", uriBaseId: "%SRCROOT%" },
        region: { startLine: 1 },
      });
    }
  });

  it("keeps a site outside the repository at the project's Pulumi.yaml, where code scanning can show it", () => {
    const outside = parseEvents(text.split('"file":"index.ts"').join('"file":"../../shared/site.ts"'), policies);
    const [first] = resultsOf(outside, { repository: "/src/contoso", project: "/src/contoso/infra" });
    expect(first?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe("infra/Pulumi.yaml");
    const inside = resultsOf(outside, { repository: "/src/contoso", project: "/src/contoso/infra/ocs" })[0];
    expect(inside?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe("shared/site.ts");
  });
});

describe("SARIF fingerprints", () => {
  const results = resultsOf(parseEvents(text, policies));

  it("are the same when the violating value changes", () => {
    const changed = resultsOf(parseEvents(text.split("Lab-Delegates").join("Voice-Delegates"), policies));
    expect(changed.map((r) => r.message.text)).not.toEqual(results.map((r) => r.message.text));
    expect(fingerprintsOf(changed)).toEqual(fingerprintsOf(results));
  });

  it("tell two violations of one policy on one resource apart", () => {
    const task = results.filter((r) => r.ruleId === "deployment-task-limit-privileged-groups");
    expect(new Set(fingerprintsOf(task)).size).toBe(2);
  });

  it("differ by resource: the same violation on another component is another alert", () => {
    const renamed = resultsOf(parseEvents(text.split("task-configure-se").join("task-configure-se-2"), policies));
    expect(fingerprintsOf(renamed)[0]).not.toEqual(fingerprintsOf(results)[0]);
  });
});

describe("accepted risks in SARIF", () => {
  const events = parseEvents(text, policies);
  const results = resultsOf(events);

  it("are the suppression of the result they waive, with the waiver's justification and owner", () => {
    const waived = results.filter((r) => r.suppressions !== undefined);
    expect(waived).toHaveLength(1);
    expect(waived[0]).toMatchObject({
      ruleId: "client-encryption-disallow-rejected",
      level: "warning",
      properties: { outcome: "accepted-risk", reportedBy: "waiver-report-accepted-risks" },
      suppressions: [
        {
          kind: "external",
          status: "accepted",
          justification: "Lab clients without SRTP until the upgrade",
          properties: { owner: "Contoso voice team", expires: "2027-06-30" },
        },
      ],
    });
    expect(results.filter((r) => r.ruleId === "waiver-report-accepted-risks")).toEqual([]);
  });

  it("stay a suppressed result of the report's own rule when the component's waivers do not show which waiver it is", () => {
    const noWaivers = parseEvents(text.split('"waivers":').join('"notWaivers":'), policies);
    const accepted = resultsOf(noWaivers).filter((r) => r.suppressions !== undefined);
    expect(accepted.map((r) => r.ruleId)).toEqual(["waiver-report-accepted-risks"]);
    expect(accepted[0]?.suppressions?.[0]).toMatchObject({ kind: "external", status: "accepted" });
  });

  it("count the same in SARIF, JUnit and the Markdown summary", () => {
    const counted = countFindings(events).acceptedRisks;
    expect(counted).toBe(1);
    expect(results.filter((r) => r.suppressions?.length)).toHaveLength(counted);
    expect(buildMarkdown(events, policies, { failOn: "mandatory" })).toContain(`| Accepted risks (valid waivers) | ${counted} |`);
    expect(buildJunit(events, policies).match(/accepted risk: /g) ?? []).toHaveLength(counted);
  });
});
