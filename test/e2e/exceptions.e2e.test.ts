/**
 * Exceptions owned by the organisation and configuration mistakes, on the real Pulumi CLI: the
 * pack configuration travels through `--policy-pack-config` and the engine's Configure RPC.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { compiledExample, describeWithPulumi, reportedViolations, TempStack } from "./pulumi";

jest.setTimeout(240_000);

const WAIVED_POLICY = "mediation-server-require-two-nics";
const RULES = "waiver-require-justification-owner-expiry";
const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

async function previewWith(program: string, config: Record<string, unknown> | undefined) {
  const stack = await TempStack.create(compiledExample(program));
  try {
    if (config === undefined) return await stack.preview();
    const file = join(stack.root, "policy-config.json");
    writeFileSync(file, JSON.stringify(config));
    return await stack.preview(["--policy-pack-config", file]);
  } finally {
    stack.dispose();
  }
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describeWithPulumi("exceptions owned by the organisation, in a real preview", () => {
  it("an in-code waiver alone does not pass when the organisation requires configured exceptions", async () => {
    const result = await previewWith("waived", { [RULES]: { requireConfiguredExceptions: true } });
    const mandatory = reportedViolations(result.output).filter((v) => v.level === "mandatory");
    expect(mandatory).toContainEqual(expect.objectContaining({ policy: WAIVED_POLICY, resource: "med-redmond" }));
    expect(mandatory).toContainEqual(expect.objectContaining({ policy: RULES, resource: "med-redmond" }));
    expect(result.output).toContain(
      `waiver for "${WAIVED_POLICY}" waives nothing because the organisation requires every exception in the pack configuration`,
    );
    expect(result.code).not.toBe(0);
  });

  it("the same waiver passes with a configured exception, which the accepted risks list", async () => {
    const exception = {
      policy: WAIVED_POLICY,
      resource: "med-*",
      justification: "Single-adapter lab server approved by the risk board",
      owner: "Contoso risk board",
      expires: inDays(90),
      ticket: "RISK-42",
    };
    const result = await previewWith("waived", { [RULES]: { requireConfiguredExceptions: true, exceptions: [exception] } });
    expect(reportedViolations(result.output).filter((v) => v.level === "mandatory")).toEqual([]);
    expect(result.output).toContain(
      `accepted by Contoso risk board until ${exception.expires}: Single-adapter lab server approved by the risk board; ticket RISK-42 (recorded in the pack configuration)`,
    );
    expect(result.code).toBe(0);
  });
});

describeWithPulumi("configuration mistakes, in a real preview", () => {
  it("a misspelt key fails the preview with the key that was meant", async () => {
    const result = await previewWith("reference", { "mediation-server-configure-internal-port": { expectedport: 5062 } });
    const sentence =
      'Policy mediation-server-configure-internal-port has no configuration key "expectedport"; did you mean "expectedPort"?';
    expect(result.output).toMatch(/error: configuring policy pack "ocs-guard" at "[^"]+": /);
    expect(occurrences(result.output, sentence)).toBe(1);
    expect(result.code).not.toBe(0);
  });

  it("a minimum above its maximum fails the preview once, in one sentence, with no stack trace", async () => {
    const result = await previewWith("reference", { "certificate-enforce-role-fit": { minimumKeySize: 8192 } });
    const sentence =
      "Policy certificate-enforce-role-fit configuration: field minimumKeySize is 8192; it must not exceed maximumKeySize, which is 4096.";
    expect(occurrences(result.output, sentence)).toBe(1);
    expect(result.output).not.toContain("failed to run policy");
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(result.code).not.toBe(0);
  });
});
