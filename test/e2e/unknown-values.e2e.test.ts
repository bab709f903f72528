import { compiledExample, describeWithPulumi, reportedViolations, TempStack } from "./pulumi";

jest.setTimeout(240_000);

describeWithPulumi("values unknown during preview (examples/unknown-values)", () => {
  it("preview says the affected rules are not verifiable until update, without failing or passing them", async () => {
    const stack = await TempStack.create(compiledExample("unknown-values"));
    try {
      const result = await stack.preview();
      expect(result.output).toContain("ocs:voice:MediationServer med-redmond create");
      expect(result.output).toMatch(/can't run policy 'mediation-server-require-two-nics'.*not verifiable until update: Mediation Server "med-redmond" external\.ip is unknown during preview/);
      expect(result.output).toMatch(/can't run policy 'media-gateway-require-mediation-next-hop'.*not verifiable until update/);
      expect(result.output).not.toContain("✅ ocs-guard");
      expect(reportedViolations(result.output).filter((v) => v.level === "mandatory")).toEqual([]);
      expect(result.code).toBe(0);
    } finally {
      stack.dispose();
    }
  });

  it("up enforces the same rules once the value is known, and fails on a bad address", async () => {
    const stack = await TempStack.create(compiledExample("unknown-values"), { allocatedIp: "10.1.30.5" });
    try {
      const result = await stack.up();
      const violations = reportedViolations(result.output);
      expect(violations).toContainEqual(
        expect.objectContaining({ level: "mandatory", policy: "media-gateway-require-mediation-next-hop", resource: "gw-redmond" }),
      );
      expect(violations).toContainEqual(
        expect.objectContaining({ level: "mandatory", policy: "mediation-server-require-network-separation" }),
      );
      expect(result.output).not.toContain("not verifiable until update");
      expect(result.code).not.toBe(0);
    } finally {
      stack.dispose();
    }
  });

  it("up passes when the resolved address is the right one", async () => {
    const stack = await TempStack.create(compiledExample("unknown-values"));
    try {
      const result = await stack.up();
      expect(reportedViolations(result.output).filter((v) => v.level === "mandatory")).toEqual([]);
      expect(result.code).toBe(0);
    } finally {
      stack.dispose();
    }
  });
});
