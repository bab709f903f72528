import type { ParsedTopologyDocument } from "../../components/document/parse";
import { type DocumentResource, memberPath } from "../../components/document/resources";
import type { PackDiagnostic, PackIdentity } from "../../policies/framework/pack-run";
import type { PolicyEntry } from "../catalog";
import { classifyPolicyEvent, policyIndex, type PolicyFinding, type PolicyPass, type PreviewEvents, type ResourceState } from "../events";
import { recordOf, type RecordedComponent } from "../recorded-components";
import type { Analysis } from "./judge-documents";

/**
 * The verdict of `ocs-guard check` in the shape a preview's engine events are read into, so that
 * the gate, the terminal line and the SARIF, JUnit and Markdown reports are the very ones a preview
 * gets: every diagnostic becomes the policy event the engine would print, every component its
 * step, and each component's site is its place in the document.
 */

/** One document as check judged it. */
export interface CheckedDocument {
  parsed: ParsedTopologyDocument;
  /** The document's path relative to the folder reports are relative to, with `/` separators. */
  path: string;
  resources: readonly DocumentResource[];
  analyses: readonly Analysis[];
}

function siteOf(document: CheckedDocument, resource: DocumentResource): RecordedComponent["site"] {
  const path = memberPath(document.parsed.document, resource.type, resource.name);
  if (path === undefined) return undefined;
  const { line, column } = document.parsed.locate(path);
  return { file: document.path, line, column };
}

function componentRecord(document: CheckedDocument, resource: DocumentResource): RecordedComponent {
  const waivers = recordOf(resource.props)?.waivers ?? [];
  const site = siteOf(document, resource);
  return site ? { site, waivers } : { waivers };
}

/** A diagnostic of the pack as the reports read the policy event the engine prints for it. */
export function findingOf(d: PackDiagnostic, identity: PackIdentity, index: ReadonlyMap<string, PolicyEntry>): PolicyFinding {
  return classifyPolicyEvent(
    {
      message: d.message,
      policyName: d.policyName,
      policyPackName: identity.name,
      policyPackVersion: identity.version,
      enforcementLevel: d.enforcementLevel,
      severity: d.severity,
      ...(d.urn ? { resourceUrn: d.urn } : {}),
    },
    index,
  );
}

export function checkEvents(documents: readonly CheckedDocument[], policies: readonly PolicyEntry[], identity: PackIdentity): PreviewEvents {
  const index = policyIndex(policies);
  const findings: PolicyFinding[] = [];
  const passes: PolicyPass[] = [];
  const components = new Map<string, RecordedComponent>();
  const states = new Map<string, ResourceState>();
  for (const document of documents) {
    for (const resource of document.resources) {
      components.set(resource.urn, componentRecord(document, resource));
      states.set(resource.urn, { type: resource.type, ...(resource.parent ? { parent: resource.parent.urn } : {}), props: resource.props });
    }
    for (const analysis of document.analyses) {
      for (const d of analysis.diagnostics) findings.push(findingOf(d, identity, index));
      for (const policyName of analysis.passed) passes.push(analysis.urn ? { policyName, resourceUrn: analysis.urn } : { policyName });
    }
  }
  const resources = [...states.keys()];
  const failed = findings.some((f) => f.outcome === "violation" && f.enforcementLevel === "mandatory");
  return {
    eventCount: resources.length + findings.length + documents.length,
    problems: [],
    findings,
    passes,
    packsLoaded: 1,
    packsReported: [identity.name],
    resources,
    components,
    states,
    errors: [],
    summary: {
      result: failed ? "failed" : "succeeded",
      resourceChanges: { create: resources.length },
      policyPacks: { [identity.name]: identity.version },
    },
  };
}

