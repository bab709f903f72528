import { join } from "node:path";
import { exampleDocumentPath } from "../../examples/documents";
import { violationExamples } from "../../examples/violations/catalog";
import { checkVerdict, previewVerdict } from "./check-agreement";
import { compiledExample, reportedViolations, TempStack } from "./pulumi";

/**
 * Previews each `examples/violations/<ID>` program with the real CLI: it fails (for a mandatory
 * requirement), names the expected policy and the offending resource, and no other mandatory policy
 * fires; and `ocs-guard check` on the example's document gives the very same policy events. The
 * examples are split over two test files so that jest runs them on both cores.
 */
export function previewViolationExamples(half: 0 | 1): void {
  const examples = violationExamples.filter((_, i) => i % 2 === half);
  it.each(examples.map((e) => [e.id, e] as const))("%s: the preview names its policy and resource, and only that; check agrees", async (_id, example) => {
    const stack = await TempStack.create(compiledExample(`violations/${example.id}`));
    try {
      const eventLog = join(stack.root, "events.jsonl");
      const result = await stack.previewWithEventLog(eventLog);
      console.log(`--- pulumi preview of examples/violations/${example.id} (exit ${result.code}) ---\n${result.output.slice(result.output.indexOf("Policies:"))}`);
      const violations = reportedViolations(result.output);
      expect(violations).toContainEqual(expect.objectContaining({ level: example.level, policy: example.policy, resource: example.resource }));
      expect(violations.filter((v) => v.level === "mandatory" && v.policy !== example.policy)).toEqual([]);
      if (example.level === "mandatory") expect(result.code).not.toBe(0);
      else expect(result.code).toBe(0);
      const previewed = previewVerdict(eventLog);
      expect(previewed.some((line) => line.startsWith(`${example.policy} | violation | ${example.level} |`))).toBe(true);
      expect(checkVerdict(exampleDocumentPath(`violations/${example.id}`))).toEqual(previewed);
    } finally {
      stack.dispose();
    }
  });
}
