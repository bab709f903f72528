import { UnknownValueError, unknownStringValue } from "./sdk-internals";

/**
 * The fixed start of every NotVerifiableError message. The SDK puts the message right after its own
 * "can't run policy '<name>' from policy pack '<pack>@v<version>' during preview: " prefix, and the
 * CLI's report counts a note as not verifiable only when this marker follows that prefix at once:
 * a violation's message starts with its policy's description, so no violation text can imitate it.
 */
export const NOT_VERIFIABLE_MARKER = "not verifiable until update:";

/** A value that a rule needs but that is unknown during preview. */
export interface Unverifiable {
  subject: string;
  path: string;
}

/**
 * Raised at the end of a policy run when some of its judgements wait on values unknown during
 * preview. It extends the SDK's UnknownValueError, so the engine reports it as an advisory
 * "can't run ... during preview" note carrying this message, never as a pass and never as a crash;
 * once the values are known (`pulumi up`), the same rule is enforced.
 */
export class NotVerifiableError extends UnknownValueError {
  constructor(
    public readonly unverifiable: Unverifiable[],
    requirements: string,
  ) {
    super(unknownStringValue, []);
    const items = unverifiable.map((u) => `${u.subject} ${u.path}`).join("; ");
    this.message = `${NOT_VERIFIABLE_MARKER} ${items} ${
      unverifiable.length === 1 ? "is" : "are"
    } unknown during preview (${requirements}); the rule is enforced once the values are known.`;
    this.name = "NotVerifiableError";
  }
}

/** Whether an error is the SDK's signal that a value is unknown during preview. */
export function isUnknownValueError(error: unknown): error is InstanceType<typeof UnknownValueError> {
  return error instanceof UnknownValueError;
}

/** The model path of an UnknownValueError, written `external.ip`. */
export function unknownPath(error: InstanceType<typeof UnknownValueError>): string {
  return error.props.map(String).join(".") || "(the whole model)";
}
