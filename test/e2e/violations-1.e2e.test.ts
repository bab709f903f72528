import { describeWithPulumi } from "./pulumi";
import { previewViolationExamples } from "./violations";

jest.setTimeout(180_000);

describeWithPulumi("pulumi preview of the violation examples (half 2 of 2)", () => {
  previewViolationExamples(1);
});
