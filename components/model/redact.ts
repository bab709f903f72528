/**
 * Hides values the user marked secret in a text meant for people (a policy message, a component
 * error). A secret is replaced by `[secret]` wherever it appears, in any way a message may write it,
 * and the word it sits in goes with it, so that no readable part of it is left. It errs towards
 * hiding: a value that merely equals a secret one is hidden too.
 */

/** What a secret value is shown as, everywhere. */
export const SECRET_MARK = "[secret]";

/** Characters that continue a word such as an address, a network, a host name or a port range. */
const WORD = /[\p{L}\p{N}._@/\\-]/u;

function numberForms(n: number): string[] {
  if (!Number.isFinite(n)) return [String(n)];
  // A message may print 60000 as "60000", "60,000" or in the runtime's own locale.
  return [String(n), n.toLocaleString("en-US"), n.toLocaleString(), n.toLocaleString("en-US", { useGrouping: false })];
}

/**
 * Every way a message can write one secret leaf value: as is, JSON-escaped, without an FQDN's final
 * dot, the address part of a network, and the number forms of a numeric text.
 */
export function writtenForms(value: string | number): string[] {
  if (typeof value === "number") return [...new Set(numberForms(value))];
  const forms = [value, value.trim(), JSON.stringify(value).slice(1, -1), value.trim().replace(/\.+$/, "")];
  const network = /^([^/\s]+)\/\d+$/.exec(value.trim());
  if (network?.[1]) forms.push(network[1]);
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(value)) forms.push(...numberForms(Number(value)));
  // Blank text reveals nothing, and hiding every space would make the message unreadable.
  return [...new Set(forms)].filter((f) => f.trim().length > 0);
}

/** The leaf strings and numbers of a value, at any depth. */
export function leafValues(value: unknown): (string | number)[] {
  if (typeof value === "string" || typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(leafValues);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(leafValues);
  return [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

type Range = [start: number, end: number];

/** Where `form` occurs in `text`, ignoring case, overlapping occurrences included. */
function occurrences(text: string, form: string): Range[] {
  const lowerText = text.toLowerCase();
  const lowerForm = form.toLowerCase();
  // Where lower-casing keeps every position, a plain search does (and has no size limit).
  if (lowerText.length === text.length && lowerForm.length === form.length) {
    const ranges: Range[] = [];
    for (let at = lowerText.indexOf(lowerForm); at !== -1; at = lowerText.indexOf(lowerForm, at + 1)) {
      ranges.push([at, at + form.length]);
    }
    return ranges;
  }
  let pattern: RegExp;
  try {
    pattern = new RegExp(escapeRegExp(form), "giu");
  } catch {
    // A secret too large to search for: hide the whole text rather than risk showing it.
    return [[0, text.length]];
  }
  const ranges: Range[] = [];
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    ranges.push([m.index, m.index + m[0].length]);
    pattern.lastIndex = m.index + 1;
  }
  return ranges;
}

/** A text shortened to "..." may end in the first characters of a secret: those go too. */
function truncatedPrefixes(text: string, form: string): Range[] {
  const ranges: Range[] = [];
  for (let at = text.indexOf("..."); at !== -1; at = text.indexOf("...", at + 1)) {
    for (let k = Math.min(form.length - 1, at); k >= 1; k--) {
      if (text.slice(at - k, at).toLowerCase() === form.slice(0, k).toLowerCase()) {
        ranges.push([at - k, at + 3]);
        break;
      }
    }
  }
  return ranges;
}

/** Widens a range to the whole word it sits in (a sentence's closing dot is not part of the word). */
function widen(text: string, [start, end]: Range): Range {
  let s = start;
  let e = end;
  while (s > 0 && WORD.test(text[s - 1] ?? "")) s--;
  while (e < text.length && WORD.test(text[e] ?? "")) e++;
  while (e > end && text[e - 1] === "." && !WORD.test(text[e] ?? "")) e--;
  return [s, e];
}

/** Secrets this short are matched as whole words only. */
const SHORT = 2;

function standsAlone(text: string, [start, end]: Range): boolean {
  return !WORD.test(text[start - 1] ?? "") && !WORD.test(text[end] ?? "");
}

/** Replaces every secret value in `text` by `[secret]`. */
export function redactText(text: string, secrets: Iterable<string | number>): string {
  const forms = new Set<string>();
  for (const secret of secrets) for (const form of writtenForms(secret)) forms.add(form);
  if (forms.size === 0) return text;
  const ranges: Range[] = [];
  for (const form of forms) {
    if (form.trim().length <= SHORT) {
      // A secret of one or two characters ("a", "7") is hidden where it stands alone; inside
      // longer words it is not the value, and hiding those words would blank the message.
      ranges.push(...occurrences(text, form).filter((r) => standsAlone(text, r)));
      continue;
    }
    ranges.push(...occurrences(text, form), ...truncatedPrefixes(text, form));
  }
  if (ranges.length === 0) return text;
  const merged = ranges
    .map((r) => widen(text, r))
    .sort((a, b) => a[0] - b[0])
    .reduce<Range[]>((acc, r) => {
      const last = acc[acc.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else acc.push([r[0], r[1]]);
      return acc;
    }, []);
  let out = "";
  let from = 0;
  for (const [s, e] of merged) {
    out += text.slice(from, s) + SECRET_MARK;
    from = e;
  }
  return out + text.slice(from);
}

/** A copy of `value` whose subtrees at `paths` are replaced by `[secret]`. */
export function maskPaths(value: unknown, paths: ReadonlyArray<ReadonlyArray<PropertyKey>>): unknown {
  if (paths.some((p) => p.length === 0)) return SECRET_MARK;
  if (paths.length === 0 || value === null || typeof value !== "object") return value;
  const under = (key: string) => paths.filter((p) => String(p[0]) === key).map((p) => p.slice(1));
  if (Array.isArray(value)) return value.map((item, i) => maskPaths(item, under(String(i))));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskPaths(item, under(key))]));
}
