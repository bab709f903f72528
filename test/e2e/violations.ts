import { violationExamples } from "../../examples/violations/catalog";
import { compiledExample, reportedViolations, TempStack } from "./pulumi";

/**
 * Previews each `examples/violations/<ID>` program with the real CLI: it fails (for a mandatory
 * requirement), names the expected policy and the offending resource, and no other mandatory policy
 * fires. The examples are split over two test files so that jest runs them on both cores.
 */
export function previewViolationExamples(half: 0 | 1): void {
  const examples = violationExamples.filter((_, i) => i % 2 === half);
  it.each(examples.map((e) => [e.id, e] as const))("%s: the preview names its policy and resource, and only that", async (_id, example) => {
    const stack = await TempStack.create(compiledExample(`violations/${example.id}`));
    try {
      const result = await stack.preview();
      console.log(`--- pulumi preview of examples/violations/${example.id} (exit ${result.code}) ---\n${result.output.slice(result.output.indexOf("Policies:"))}`);
      const violations = reportedViolations(result.output);
      expect(violations).toContainEqual(expect.objectContaining({ level: example.level, policy: example.policy, resource: example.resource }));
      expect(violations.filter((v) => v.level === "mandatory" && v.policy !== example.policy)).toEqual([]);
      if (example.level === "mandatory") expect(result.code).not.toBe(0);
      else expect(result.code).toBe(0);
    } finally {
      stack.dispose();
    }
  });
}
