import { compiledExample, describeWithPulumi, TempStack } from "./pulumi";

jest.setTimeout(300_000);

describeWithPulumi("bad component args on the real Pulumi CLI", () => {
  it.each([
    [
      "known at construction",
      "known",
      "med-known-bad",
      'Mediation Server "med-known-bad": field internal.ip is "10.1.10.300"; it must be an IPv4 address such as 10.0.1.10.',
    ],
    [
      "resolving later",
      "pending",
      "med-pending-bad",
      'Mediation Server "med-pending-bad": field external.ip is "fe80::1"; OCS 2007 R2 supports IPv4 only: it must be an IPv4 address such as 10.0.1.10, not an IPv6 address.',
    ],
  ])("a value %s fails the preview with its sentence on the component, and no stack trace", async (_label, badCase, name, sentence) => {
    const stack = await TempStack.create(compiledExample("invalid-args"), { case: badCase });
    try {
      const result = await stack.preview();
      console.log(`--- pulumi preview of examples/invalid-args, case ${badCase} (exit ${result.code}) ---\n${result.output}`);
      expect(result.code).not.toBe(0);
      // Attached to the component: the engine names it above the sentence.
      const diagnostics = result.output.slice(result.output.indexOf("Diagnostics:"));
      expect(diagnostics).toContain(`ocs:voice:MediationServer (${name}):\n    error: ${sentence}`);
      expect(result.output).not.toMatch(/unhandled exception/i);
      expect(result.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    } finally {
      stack.dispose();
    }
  });
});
