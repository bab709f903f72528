import { readFileSync } from "node:fs";
import { parseEvents } from "../../cli/events";
import { buildJunit } from "../../cli/junit";
import { fixture, fixtureCatalog } from "./catalog-fixture";

const junitOf = (name: string) => buildJunit(parseEvents(readFileSync(fixture(name), "utf8"), fixtureCatalog), fixtureCatalog);

/** A minimal well-formedness check: every element closes in order and no raw `<` or `&` is left in text. */
function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>/, "");
  for (const [, close, name, , selfClosing] of body.matchAll(/<(\/?)([A-Za-z-]+)((?:\s+[a-z-]+="[^"<]*")*)\s*(\/?)>/g)) {
    if (close) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name ?? "");
  }
  expect(stack).toEqual([]);
  const text = body.replace(/<[^>]*>/g, "");
  expect(text).not.toMatch(/[<]|&(?!(amp|lt|gt|quot|apos);)/);
}

function suite(xml: string, name: string): string {
  const match = new RegExp(`<testsuite name="${name}"[^>]*>[\\s\\S]*?</testsuite>`).exec(xml);
  if (!match) throw new Error(`no testsuite ${name}`);
  return match[0];
}

describe("buildJunit", () => {
  it.each([
    "preview-violations.jsonl",
    "preview-advisory.jsonl",
    "preview-program-error.jsonl",
    "preview-failed-silently.jsonl",
    "pulumi-cli-sample.jsonl",
    "not-events.txt",
  ])(
    "%s gives well-formed XML",
    (name) => assertWellFormed(junitOf(name)),
  );

  const xml = junitOf("preview-violations.jsonl");

  it.each([
    // policy, tests, failures, skipped
    ["media-gateway-require-tls", 2, 2, 0],
    ["um-dial-plan-require-srtp-capable-clients", 1, 1, 0],
    ["server-require-kerberos", 1, 0, 0],
    ["mediation-server-require-two-nics", 1, 0, 1],
    ["waiver-report-accepted-risks", 1, 0, 0],
    ["mediation-server-configure-internal-port", 1, 0, 0],
  ])("suite %s has %d tests, %d failures, %d skipped", (name, tests, failures, skipped) => {
    expect(suite(xml, name)).toContain(`tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}"`);
  });

  it("counts totals on the root element", () => {
    expect(xml).toMatch(/<testsuites name="ocs-guard" tests="7" failures="3" errors="0" skipped="1">/);
  });

  it("names each case by resource type and name, failing mandatory violations with the message", () => {
    const tls = suite(xml, "media-gateway-require-tls");
    expect(tls).toContain('<testcase classname="media-gateway-require-tls" name="ocs:voice:MediaGateway gw-1">');
    expect(tls).toContain('<failure type="mandatory" message="media gateway &quot;gw-1&quot; uses transport tcp;');
  });

  it("puts advisory violations and accepted risks in system-out, and passes policies without events", () => {
    expect(suite(xml, "server-require-kerberos")).toMatch(/<system-out>advisory: Standard Edition server &quot;se-1&quot;/);
    expect(suite(xml, "waiver-report-accepted-risks")).toMatch(/<system-out>accepted risk: Mediation Server/);
    expect(suite(xml, "mediation-server-configure-internal-port")).toContain(
      '<testcase classname="mediation-server-configure-internal-port" name="no violations"/>',
    );
  });

  it("adds passing cases from the analyzer's summaries, only for resources of the kinds a policy judges", () => {
    const advisory = junitOf("preview-advisory.jsonl");
    expect(suite(advisory, "media-gateway-require-tls")).toBe(
      [
        '<testsuite name="media-gateway-require-tls" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase classname="media-gateway-require-tls" name="ocs:voice:MediaGateway gw-1"/>',
        "  </testsuite>",
      ].join("\n"),
    );
    expect(suite(advisory, "server-require-kerberos")).not.toContain("gw-1");
    expect(suite(advisory, "um-dial-plan-require-srtp-capable-clients")).toContain('name="(stack)"/>');
  });

  it("adds a suite for a policy outside the catalogue and a (stack) case for events without a resource", () => {
    const advisory = junitOf("preview-advisory.jsonl");
    expect(suite(advisory, "mediation-server-require-unique-internal-route")).toContain('name="(stack)"');
  });

  it("reports the preview's own error as an errored testcase", () => {
    const failed = junitOf("preview-program-error.jsonl");
    expect(failed).toMatch(/<testsuites name="ocs-guard" tests="7" failures="0" errors="1" skipped="0">/);
    expect(suite(failed, "pulumi-preview")).toMatch(/<error message="error: Running program/);
  });
});
