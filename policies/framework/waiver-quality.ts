/**
 * Whether a justification or an owner says something. A waiver is an assessed risk, so "." or a
 * zero-width space is no justification and "-" is nobody.
 */

/** Characters a reader cannot see: format and control characters (zero-width space, joiners, marks). */
const invisible = /[\p{Cf}\p{Cc}]/gu;
/** A word: two or more letters or digits, at least one of them a letter. */
const word = /(?=[\p{L}\p{N}]*\p{L})[\p{L}\p{N}]{2,}/gu;
const placeholders = new Set(["n/a", "na", "none", "tbd", "todo", "unknown", "nobody", "owner", "someone", "me", "test", "xxx"]);

/** Shows text with its invisible characters spelled out, for messages: `"\u200B"`. */
export function showText(text: string): string {
  const shown = text.replace(invisible, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
  return `"${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}"`;
}

function visible(text: string): string {
  return text.replace(invisible, "").trim();
}

/** How a message shows a value: a value held as a secret is shown by its caller as `[secret]`. */
export type Show = (text: string) => string;

/** Why a justification says nothing, or undefined when it is a few words of assessment. */
export function justificationProblem(justification: unknown, show: Show = showText): string | undefined {
  if (typeof justification !== "string" || visible(justification) === "") return "it has no justification";
  // Stryker disable next-line ArrayDeclaration: no match and one placeholder word both fall below two words, the same finding
  const words = visible(justification).match(word) ?? [];
  if (words.length < 2) {
    return `its justification ${show(justification)} says nothing; write in words why the risk is acceptable`;
  }
  return undefined;
}

/** Why an owner names nobody, or undefined when it names a person or a team. */
export function ownerProblem(owner: unknown, show: Show = showText): string | undefined {
  if (typeof owner !== "string" || visible(owner) === "") return "it has no owner";
  const text = visible(owner);
  if ((text.match(word) ?? []).length === 0 || placeholders.has(text.toLowerCase())) {
    return `its owner ${show(owner)} names nobody; name the person or team who accepted the risk`;
  }
  return undefined;
}
