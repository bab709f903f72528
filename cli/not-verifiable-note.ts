import { NOT_VERIFIABLE_MARKER } from "../policies/framework/not-verifiable";

/** The parts of a policy event a not-verifiable note is recognised by. */
export interface NoteCandidate {
  policyName: string;
  policyPackName: string;
  /** The level as the event gives it, before any normalising. */
  enforcementLevel: unknown;
  /** The message without colour directives. */
  message: string;
}

/** What may stand between `@v` and the closing quote: a version, never a quote or a space. */
const VERSION = /^[^'\s]+$/;

/**
 * The detail of a note that a policy of this pack could not judge a value unknown during preview,
 * or undefined when the event is anything else.
 *
 * `@pulumi/policy` reports such a policy as `can't run policy '<name>' from policy pack
 * '<pack>@v<version>' during preview: <error message>` and forces the level to advisory, while a
 * violation's message starts with its policy's description. So a note is recognised only by that
 * whole structure: the SDK's prefix at the very start, naming the event's own policy and pack,
 * at advisory level, followed at once by the marker every NotVerifiableError message starts with.
 * A violation that merely quotes such a sentence stays a violation.
 */
export function notVerifiableDetail(event: NoteCandidate): string | undefined {
  if (event.enforcementLevel !== "advisory") return undefined;
  const prefix = `can't run policy '${event.policyName}' from policy pack '${event.policyPackName}@v`;
  if (!event.message.startsWith(prefix)) return undefined;
  const rest = event.message.slice(prefix.length);
  const separator = "' during preview: ";
  const end = rest.indexOf(separator);
  if (end < 0 || !VERSION.test(rest.slice(0, end))) return undefined;
  const detail = rest.slice(end + separator.length);
  return detail.startsWith(NOT_VERIFIABLE_MARKER) ? detail.trim() : undefined;
}
