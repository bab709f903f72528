import { isProgramResource, type PreviewEvents } from "./events";

/**
 * The gate's verdict on a preview's events: 0 pass, 1 the gate failed, 2 the events cannot be
 * judged. The last one wins over a pass and over a failure alike, since counts read from a stream
 * with unreadable lines may be wrong either way.
 */

export type FailOn = "mandatory" | "advisory" | "never";

export interface Counts {
  mandatory: number;
  advisory: number;
  acceptedRisks: number;
  notVerifiable: number;
  resources: number;
  previewErrors: number;
}

export function countFindings(events: PreviewEvents): Counts {
  const violations = events.findings.filter((f) => f.outcome === "violation");
  return {
    mandatory: violations.filter((f) => f.enforcementLevel === "mandatory").length,
    advisory: violations.filter((f) => f.enforcementLevel !== "mandatory").length,
    acceptedRisks: events.findings.filter((f) => f.outcome === "accepted-risk").length,
    notVerifiable: events.findings.filter((f) => f.outcome === "not-verifiable").length,
    resources: events.resources.filter(isProgramResource).length,
    previewErrors: events.errors.length,
  };
}

export type Verdict = { code: 0 } | { code: 1 } | { code: 2; reason: string };

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Why the events cannot be read at all, or undefined. */
function unreadable(events: PreviewEvents): string | undefined {
  const [first, ...more] = events.problems;
  if (first === undefined) return undefined;
  return more.length > 0 ? `${first} (and ${plural(more.length, "more problem")})` : first;
}

/**
 * Why a preview that shows no failure still proves nothing about its policies, or undefined: it
 * did not finish, did not succeed, ran no policy pack, or a pack never reported its analysis.
 */
function unproven(events: PreviewEvents): string | undefined {
  const { summary } = events;
  if (!summary) return "the events stop before the preview's summary, so the preview did not finish";
  if (summary.result !== "succeeded") return `the preview ended with the result "${summary.result}", not "succeeded"`;
  if (events.packsLoaded === 0) return "the preview ran without a policy pack (no policyLoadEvent); run it with `--policy-pack`";
  if (events.packsReported.length < events.packsLoaded) {
    return `the preview loaded ${plural(events.packsLoaded, "policy pack")} but ${
      events.packsReported.length === 0 ? "none" : `only ${events.packsReported.length}`
    } reported its analysis (policyAnalyzeStackSummaryEvent), so the policies may not have run`;
  }
  return undefined;
}

/**
 * 1 when the gate fails: a mandatory violation (or any violation with `advisory`), or a preview
 * that failed on its own (its policies may not have run at all). 2 when the events cannot be
 * read, or when nothing failed but the events do not show that the policies ran.
 */
export function verdictFor(events: PreviewEvents, failOn: FailOn): Verdict {
  const problem = unreadable(events);
  if (problem) return { code: 2, reason: problem };
  const c = countFindings(events);
  // A mandatory violation or an error of the preview's own: the preview failed and says why.
  if (c.mandatory > 0 || c.previewErrors > 0) return { code: failOn === "never" ? 0 : 1 };
  const missing = unproven(events);
  if (missing) return { code: 2, reason: missing };
  return { code: failOn === "advisory" && c.advisory > 0 ? 1 : 0 };
}

export function exitCodeFor(events: PreviewEvents, failOn: FailOn): 0 | 1 | 2 {
  return verdictFor(events, failOn).code;
}
