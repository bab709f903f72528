import { UNKNOWN } from "./engine";

/** A path into a resource's props. */
export type Path = (string | number)[];

/** Every value of the props that could be unknown during preview: each field, each item, each whole object or list. */
export function pathsOf(props: unknown, keep: (path: Path) => boolean = () => true): Path[] {
  const found: Path[] = [];
  const walk = (value: unknown, path: Path) => {
    if (path.length > 0 && !keep(path)) return;
    if (path.length > 0) found.push(path);
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(props, []);
  return found;
}

/** Sets the values at `paths` of a props object to the engine's unknown sentinel, in place; an object chosen wins over a value inside it. */
export function makeUnknown(props: Record<string, unknown>, paths: readonly Path[]): void {
  for (const path of [...paths].sort((a, b) => b.length - a.length)) {
    let target = props as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[path[path.length - 1]] = UNKNOWN;
  }
}
