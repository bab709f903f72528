import { compiledExample, describeWithPulumi, reportedViolations, TempStack } from "./pulumi";

jest.setTimeout(180_000);

describeWithPulumi("waivers in a real preview", () => {
  it("a valid waiver turns the violation into an advisory accepted-risk report", async () => {
    const stack = await TempStack.create(compiledExample("waived"));
    try {
      const result = await stack.preview();
      const violations = reportedViolations(result.output);
      expect(violations.filter((v) => v.level === "mandatory")).toEqual([]);
      expect(violations).toContainEqual(
        expect.objectContaining({ level: "advisory", policy: "waiver-report-accepted-risks", resource: "med-redmond" }),
      );
      expect(result.output).toContain('waived: Mediation Server "med-redmond" external edge uses adapter');
      expect(result.output).toMatch(/accepted by Contoso voice team until \d{4}-\d{2}-\d{2}: Single-adapter lab server/);
      expect(result.code).toBe(0);
    } finally {
      stack.dispose();
    }
  });

  it("an expired waiver fails the preview and waives nothing", async () => {
    const stack = await TempStack.create(compiledExample("violations/OCS-RISK-1"));
    try {
      const result = await stack.preview();
      const violations = reportedViolations(result.output);
      expect(violations).toContainEqual(
        expect.objectContaining({ level: "mandatory", policy: "waiver-require-justification-owner-expiry" }),
      );
      expect(result.output).toContain("expired on");
      expect(result.code).not.toBe(0);
    } finally {
      stack.dispose();
    }
  });
});
