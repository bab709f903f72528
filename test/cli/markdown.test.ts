import { readFileSync } from "node:fs";
import { parseEvents } from "../../cli/events";
import type { FailOn } from "../../cli/verdict";
import { buildMarkdown, cell } from "../../cli/markdown";
import { fixture, fixtureCatalog } from "./catalog-fixture";

const markdownOf = (name: string, failOn: FailOn = "mandatory") =>
  buildMarkdown(parseEvents(readFileSync(fixture(name), "utf8"), fixtureCatalog), fixtureCatalog, { failOn });

describe("cell", () => {
  it.each([
    ["a | b", "a \\| b"],
    ["one\ntwo", "one<br>two"],
    ["back\\slash", "back\\\\slash"],
  ])("escapes %j", (input, expected) => expect(cell(input)).toBe(expected));
});

describe("buildMarkdown", () => {
  it.each<[string, FailOn, string]>([
    ["preview-violations.jsonl", "mandatory", "**Verdict: FAIL**: 3 mandatory violations, 1 advisory violation, 1 accepted risk, 1 not verifiable until update (gate: fail on mandatory)."],
    ["preview-violations.jsonl", "never", "**Verdict: PASS**: 3 mandatory violations"],
    ["preview-advisory.jsonl", "mandatory", "**Verdict: PASS**: 0 mandatory violations, 1 advisory violation"],
    ["preview-advisory.jsonl", "advisory", "**Verdict: FAIL**: 0 mandatory violations"],
    ["preview-program-error.jsonl", "mandatory", "**Verdict: FAIL**: 0 mandatory violations, 0 advisory violations, 0 accepted risks, 0 not verifiable until update, 1 preview error"],
  ])("%s with --fail-on %s says %s", (name, failOn, verdict) => {
    expect(markdownOf(name, failOn)).toContain(verdict);
  });

  const md = markdownOf("preview-violations.jsonl");

  it("groups violations by requirement ID, mandatory first, with resource, message and remediation", () => {
    const gw3 = md.slice(md.indexOf("#### OCS-GW-3"), md.indexOf("#### OCS-UM-4"));
    expect(gw3).toContain(
      '| mandatory | [media-gateway-require-tls](https://example.invalid/docs/policies.md#media-gateway-require-tls) | `gw-1` (ocs:voice:MediaGateway) | media gateway "gw-1" uses transport tcp;',
    );
    expect(gw3).toContain("- **Remediation (media-gateway-require-tls):** Set the gateway transport");
    expect(md.indexOf("#### OCS-ENC-4")).toBeLessThan(md.indexOf("#### OCS-GW-3"));
  });

  it("lists accepted risks and not-verifiable judgements apart from violations", () => {
    expect(md).toMatch(/### Accepted risks\n\n\| Resource \| Waiver \|\n\|---\|---\|\n\| `med-1` \(ocs:voice:MediationServer\) \| waived: /);
    expect(md).toMatch(/### Not verifiable until update[\s\S]*\| mediation-server-require-two-nics \| `med-1`/);
    expect(md).not.toMatch(/#### OCS-RISK-1/);
  });

  it("counts resources without the stack root", () => {
    expect(md).toContain("| Resources judged | 5 |");
  });

  it("shows the preview's own errors", () => {
    expect(markdownOf("preview-program-error.jsonl")).toMatch(/### Preview errors\n\n- error: Running program/);
  });

  it("says so when there is no violation", () => {
    expect(markdownOf("not-events.txt")).toContain("No policy violations.");
  });
});
