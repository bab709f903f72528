/**
 * Text inside a Mermaid label. Mermaid reads `#name;` and `#123;` as entity codes, so every
 * character that could end the label, start markup or an entity is written as its code; the
 * only markup a label holds is the line break this module puts there.
 */
const codes: Record<string, string> = {
  "#": "#35;",
  '"': "#quot;",
  "<": "#lt;",
  ">": "#gt;",
  "&": "#amp;",
  "`": "#96;",
  "|": "#124;",
};

export function escapeLabelText(text: string): string {
  return text.replace(/[#"<>&`|]/g, (c) => codes[c] ?? c).replace(/\s+/g, " ");
}

/** A quoted Mermaid label of several lines. */
export function quotedLabel(lines: readonly string[]): string {
  return `"${lines.map(escapeLabelText).join("<br/>")}"`;
}
