import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { exampleDocumentPath } from "../../examples/documents";
import { checkVerdict, previewVerdict } from "./check-agreement";
import { compiledExample, describeWithPulumi, REPO, reportedViolations, TempStack } from "./pulumi";

jest.setTimeout(180_000);

describeWithPulumi("pulumi preview --policy-pack, on the reference topology", () => {
  let stack: TempStack;
  beforeAll(async () => {
    stack = await TempStack.create(join(REPO, "dist/examples/reference/index.js"));
  });
  afterAll(() => stack?.dispose());

  it("passes with no mandatory violation and registers every component; check agrees", async () => {
    const eventLog = join(stack.root, "reference.jsonl");
    const result = await stack.previewWithEventLog(eventLog);
    expect(result.output).toContain("ocs:voice:MediationServer med-redmond create");
    expect(result.output).toMatch(/✅ ocs-guard@v\d+\.\d+\.\d+/);
    expect(reportedViolations(result.output).filter((v) => v.level === "mandatory")).toEqual([]);
    expect(result.code).toBe(0);
    expect(checkVerdict(exampleDocumentPath("reference"))).toEqual(previewVerdict(eventLog));
  });

  it("fails once a config value changes the verdict: an internal port of 5062 expected, as mandatory; check agrees", async () => {
    const config = join(stack.root, "expect-5062.json");
    writeFileSync(
      config,
      JSON.stringify({ "mediation-server-configure-internal-port": { enforcementLevel: "mandatory", expectedPort: 5062 } }),
    );
    const eventLog = join(stack.root, "expect-5062.jsonl");
    const result = await stack.previewWithEventLog(eventLog, ["--policy-pack-config", config]);
    expect(result.code).not.toBe(0);
    const previewed = previewVerdict(eventLog);
    expect(checkVerdict(exampleDocumentPath("reference"), config)).toEqual(previewed);
    expect(previewed.some((line) => line.startsWith("mediation-server-configure-internal-port | violation | mandatory |"))).toBe(true);
    const violations = reportedViolations(result.output);
    expect(violations).toContainEqual({
      level: "mandatory",
      policy: "mediation-server-configure-internal-port",
      type: "ocs:voice:MediationServer",
      resource: "med-redmond",
    });
    expect(result.output).toContain("5062");
  });
});

describeWithPulumi("pulumi preview --policy-pack-config, turning a policy advisory", () => {
  let stack: TempStack;
  beforeAll(async () => {
    stack = await TempStack.create(compiledExample("violations/OCS-GW-4"));
  });
  afterAll(() => stack?.dispose());

  it("fails the violating program by default", async () => {
    const result = await stack.preview();
    expect(result.code).not.toBe(0);
    expect(reportedViolations(result.output)).toContainEqual(
      expect.objectContaining({ level: "mandatory", policy: "mediation-server-require-two-nics", resource: "med-redmond" }),
    );
  });

  it("lets the same program pass with a warning when the policy is advisory; check agrees", async () => {
    const config = join(stack.root, "advisory.json");
    writeFileSync(config, JSON.stringify({ "mediation-server-require-two-nics": { enforcementLevel: "advisory" } }));
    const eventLog = join(stack.root, "advisory.jsonl");
    const result = await stack.previewWithEventLog(eventLog, ["--policy-pack-config", config]);
    expect(checkVerdict(exampleDocumentPath("violations/OCS-GW-4"), config)).toEqual(previewVerdict(eventLog));
    expect(reportedViolations(result.output)).toContainEqual(
      expect.objectContaining({ level: "advisory", policy: "mediation-server-require-two-nics", resource: "med-redmond" }),
    );
    expect(result.code).toBe(0);
  });
});
