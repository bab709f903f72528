import type { PolicyEntry } from "../catalog";
import type { PolicyFinding } from "../events";

/**
 * What the picture overlays on the topology: the findings of a preview or a check, and the
 * requirement IDs of each policy. `PreviewEvents.findings` and `describePolicies(...)` are one.
 */
export interface DiagramVerdict {
  findings: readonly Pick<PolicyFinding, "outcome" | "policyName" | "resourceUrn" | "message">[];
  policies: readonly Pick<PolicyEntry, "name" | "requirements">[];
}

/** What the findings say of one component. */
export interface ComponentMarks {
  /** Requirement IDs of the policies it violates. */
  violated: Set<string>;
  /** Whether a waiver or exception accepts a violation on it. */
  waived: boolean;
  /** Policies it waives that find nothing to waive today (their waiver is not drawn). */
  waivesNothing: Set<string>;
  /** Whether a policy could not judge it during preview. */
  notVerifiable: boolean;
}

/** `accepted risk: <subject> waives <policy>, which finds no violation now; ...` (waiver-report-accepted-risks). */
const WAIVES_NOTHING = /^accepted risk: .* waives (\S+), which finds no violation now/;

export function requirementIndex(verdict: DiagramVerdict): Map<string, readonly string[]> {
  return new Map(verdict.policies.map((p) => [p.name, p.requirements]));
}

/** The marks of every component the findings name, by URN. */
export function marksByUrn(verdict: DiagramVerdict): Map<string, ComponentMarks> {
  const requirements = requirementIndex(verdict);
  const marks = new Map<string, ComponentMarks>();
  for (const finding of verdict.findings) {
    if (!finding.resourceUrn) continue;
    const mark = marks.get(finding.resourceUrn) ?? { violated: new Set(), waived: false, waivesNothing: new Set(), notVerifiable: false };
    marks.set(finding.resourceUrn, mark);
    if (finding.outcome === "violation") {
      const ids = requirements.get(finding.policyName) ?? [];
      // A policy the catalog does not know still marks the component, by its name.
      for (const id of ids.length > 0 ? ids : [finding.policyName]) mark.violated.add(id);
    } else if (finding.outcome === "not-verifiable") {
      mark.notVerifiable = true;
    } else {
      const nothing = WAIVES_NOTHING.exec(finding.message);
      if (nothing?.[1]) mark.waivesNothing.add(nothing[1]);
      else mark.waived = true;
    }
  }
  return marks;
}
