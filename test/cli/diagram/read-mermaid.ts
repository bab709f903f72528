/** Reading the picture's Mermaid text back in tests: node labels, classes and link styles. */

/** The label of node `id`, as written (escaped, lines joined by `<br/>`). */
export function labelOf(mermaid: string, id: string): string | undefined {
  const line = mermaid.split("\n").find((l) => l.trimStart().startsWith(`${id}`) && /^[[({>]/.test(l.trimStart().slice(id.length)));
  return line === undefined ? undefined : /"(.*)"/.exec(line)?.[1];
}

/** The IDs of the nodes of one class. */
export function classMembers(mermaid: string, name: string): string[] {
  return [...mermaid.matchAll(new RegExp(`^\\s*class (\\S+) ${name}$`, "gm"))].flatMap((m) => (m[1] ?? "").split(","));
}

/** The link statements, in order (their index is what `linkStyle` counts). */
export function links(mermaid: string): string[] {
  return mermaid.split("\n").filter((l) => /^\s*\S+ (-->|-\.->)/.test(l)).map((l) => l.trim());
}

/** The indices `linkStyle` paints red. */
export function redLinks(mermaid: string): number[] {
  const line = mermaid.split("\n").find((l) => l.trim().startsWith("linkStyle "));
  return line ? (line.trim().split(" ")[1] ?? "").split(",").map(Number) : [];
}

/** The link from `from` to `to`, and whether it is red. */
export function linkBetween(mermaid: string, from: string, to: string): { line: string; red: boolean } | undefined {
  const all = links(mermaid);
  const index = all.findIndex((l) => l.startsWith(`${from} `) && l.endsWith(` ${to}`));
  const line = all[index];
  return line === undefined ? undefined : { line, red: redLinks(mermaid).includes(index) };
}
