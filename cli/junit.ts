import type { PolicyEntry } from "./catalog";
import { catalog } from "../components/model/catalog";
import { isProgramResource, parseUrn, type PolicyFinding, type PolicyPass, type PreviewEvents } from "./events";
import { escapeXml, xmlAttributes } from "./xml";

/** What one testcase (a policy judging one resource) says. */
interface Case {
  name: string;
  findings: PolicyFinding[];
}

function caseName(urn: string | undefined): string {
  if (!urn) return "(stack)";
  const parsed = parseUrn(urn);
  return parsed ? `${parsed.type} ${parsed.name}` : urn;
}

function describe(f: PolicyFinding): string {
  switch (f.outcome) {
    case "not-verifiable":
      return `not verifiable until update: ${f.message}`;
    case "accepted-risk":
      return `accepted risk: ${f.message.replace(/^(waived|accepted risk):\s*/i, "")}`;
    default:
      return `${f.enforcementLevel}: ${f.message}`;
  }
}

const tokenOf: Record<string, string> = Object.fromEntries(Object.entries(catalog).map(([kind, c]) => [kind, c.token]));

/**
 * Whether a pass the analyzer reported is worth a testcase: a resource policy "passes" every
 * resource it skips by type, so only resources of the kinds it judges count (unknown policies: any
 * program resource); a stack policy's pass is one case for the stack.
 */
function meaningfulPass(pass: PolicyPass, policy: PolicyEntry | undefined): boolean {
  if (!pass.resourceUrn) return true;
  if (!isProgramResource(pass.resourceUrn)) return false;
  if (!policy) return true;
  if (policy.kind === "stack") return false;
  const type = parseUrn(pass.resourceUrn)?.type;
  return policy.appliesTo.some((kind) => tokenOf[kind] === type);
}

function renderCase(suite: string, c: Case): { xml: string; failed: boolean; skipped: boolean } {
  const mandatory = c.findings.filter((f) => f.outcome === "violation" && f.enforcementLevel === "mandatory");
  const skipped = mandatory.length === 0 && c.findings.length > 0 && c.findings.every((f) => f.outcome === "not-verifiable");
  if (c.findings.length === 0) {
    return { xml: `    <testcase${xmlAttributes({ classname: suite, name: c.name })}/>`, failed: false, skipped: false };
  }
  const lines: string[] = [`    <testcase${xmlAttributes({ classname: suite, name: c.name })}>`];
  if (mandatory.length > 0) {
    lines.push(
      `      <failure${xmlAttributes({ type: "mandatory", message: mandatory[0]?.message ?? "" })}>${escapeXml(
        mandatory.map((f) => f.message).join("\n"),
      )}</failure>`,
    );
  } else if (skipped) {
    lines.push(`      <skipped${xmlAttributes({ message: "not verifiable until update" })}/>`);
  }
  const notes = c.findings.filter((f) => !mandatory.includes(f));
  if (notes.length > 0) lines.push(`      <system-out>${escapeXml(notes.map(describe).join("\n"))}</system-out>`);
  lines.push("    </testcase>");
  return { xml: lines.join("\n"), failed: mandatory.length > 0, skipped };
}

/**
 * Builds JUnit XML: a testsuite per policy, a testcase per policy × resource that appears in the
 * events (failure for mandatory violations, system-out for advisory notes, skipped when only not
 * verifiable; a pass when the analyzer's summary says it judged the resource and found nothing),
 * and one passing testcase for each policy without events, so passes are counted.
 */
export function buildJunit(events: PreviewEvents, policies: readonly PolicyEntry[]): string {
  const names = [...policies.map((p) => p.name)];
  for (const f of events.findings) if (!names.includes(f.policyName)) names.push(f.policyName);

  let tests = 0;
  let failures = 0;
  let skippedTotal = 0;
  const suites: string[] = [];
  for (const name of names) {
    const cases = new Map<string, Case>();
    for (const f of events.findings.filter((x) => x.policyName === name)) {
      const key = f.resourceUrn ?? "";
      const c = cases.get(key) ?? { name: caseName(f.resourceUrn), findings: [] };
      c.findings.push(f);
      cases.set(key, c);
    }
    const policy = policies.find((p) => p.name === name);
    for (const pass of events.passes.filter((x) => x.policyName === name && meaningfulPass(x, policy))) {
      const key = pass.resourceUrn ?? "";
      if (!cases.has(key)) cases.set(key, { name: caseName(pass.resourceUrn), findings: [] });
    }
    const rendered =
      cases.size > 0
        ? [...cases.values()].map((c) => renderCase(name, c))
        : [{ xml: `    <testcase${xmlAttributes({ classname: name, name: "no violations" })}/>`, failed: false, skipped: false }];
    const suiteFailures = rendered.filter((r) => r.failed).length;
    const suiteSkipped = rendered.filter((r) => r.skipped).length;
    tests += rendered.length;
    failures += suiteFailures;
    skippedTotal += suiteSkipped;
    suites.push(
      [
        `  <testsuite${xmlAttributes({
          name,
          tests: rendered.length,
          failures: suiteFailures,
          errors: 0,
          skipped: suiteSkipped,
        })}>`,
        ...rendered.map((r) => r.xml),
        "  </testsuite>",
      ].join("\n"),
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${xmlAttributes({
      name: "ocs-guard",
      tests: tests + (events.errors.length > 0 ? 1 : 0),
      failures,
      errors: events.errors.length > 0 ? 1 : 0,
      skipped: skippedTotal,
    })}>`,
    ...suites,
    ...(events.errors.length > 0
      ? [
          `  <testsuite${xmlAttributes({ name: "pulumi-preview", tests: 1, failures: 0, errors: 1, skipped: 0 })}>`,
          `    <testcase${xmlAttributes({ classname: "pulumi-preview", name: "preview" })}>`,
          `      <error${xmlAttributes({ message: events.errors[0]?.message ?? "" })}>${escapeXml(
            events.errors.map((e) => e.message).join("\n"),
          )}</error>`,
          "    </testcase>",
          "  </testsuite>",
        ]
      : []),
    "</testsuites>",
    "",
  ].join("\n");
}
