import { readFileSync } from "node:fs";
import { parseTopologyDocument } from "../../components/document/parse";
import { describePolicies } from "../../cli/catalog";
import { checkDocuments } from "../../cli/check/check-documents";
import { packConfiguration } from "../../cli/check/pack-config-file";
import { parseEvents, parseUrn, type PreviewEvents } from "../../cli/events";
import { allPolicies } from "../../policies/all";

/**
 * What `ocs-guard check` and a real preview are compared on: every policy event, as the reports
 * read it (policy, outcome, level, the resource by type and name, the message). URNs differ only in
 * their stack and project, which no finding depends on.
 */
export function verdictOf(events: PreviewEvents): string[] {
  return events.findings
    .map((f) => {
      const parsed = f.resourceUrn ? parseUrn(f.resourceUrn) : undefined;
      const resource = parsed ? `${parsed.type} ${parsed.name}` : "(stack)";
      return `${f.policyName} | ${f.outcome} | ${f.enforcementLevel} | ${resource} | ${f.message}`;
    })
    .sort();
}

/** The verdict of a preview's event log (`pulumi preview --event-log FILE`). */
export function previewVerdict(eventLog: string): string[] {
  const events = parseEvents(readFileSync(eventLog, "utf8"), describePolicies(allPolicies));
  expect(events.problems).toEqual([]);
  expect(events.packsReported).toEqual(["ocs-guard"]);
  return verdictOf(events);
}

/** The verdict of `ocs-guard check` on a document, with the same configuration file if any. */
export function checkVerdict(documentFile: string, configFile?: string): string[] {
  const parsed = parseTopologyDocument(readFileSync(documentFile, "utf8"), documentFile);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.text).join("\n"));
  const configuration = packConfiguration(
    allPolicies.map((p) => p.analyzerInfo),
    configFile,
  );
  const identity = { name: "ocs-guard", version: "0.0.0" };
  return verdictOf(checkDocuments([{ parsed, path: "topology.yaml" }], configuration, allPolicies, identity));
}
