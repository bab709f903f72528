import * as pulumi from "@pulumi/pulumi";

/**
 * The args a component accepts: its model, where any value, at any depth, may come from another
 * resource (an IP address from a cloud network interface, say).
 */
export type DeepInput<T> = T extends string | number | boolean
  ? pulumi.Input<T>
  : T extends ReadonlyArray<infer U>
    ? pulumi.Input<ReadonlyArray<DeepInput<U>>>
    : T extends object
      ? pulumi.Input<{ [K in keyof T]: DeepInput<T[K]> }>
      : T;

/** A component's args: a plain object whose fields are {@link DeepInput}s. */
export type ComponentArgs<T> = { [K in keyof T]: DeepInput<T[K]> };

function isPending(value: unknown): boolean {
  return pulumi.Output.isInstance(value) || value instanceof Promise;
}

/**
 * The part of the args known now: pending values (outputs, promises) become `undefined`, and
 * their paths are returned so that validation can leave them for later.
 */
export function knownView(value: unknown, path: PropertyKey[] = [], pending: PropertyKey[][] = []) {
  const walk = (v: unknown, p: PropertyKey[]): unknown => {
    if (isPending(v)) {
      pending.push(p);
      return undefined;
    }
    if (Array.isArray(v)) return v.map((item, i) => walk(item, [...p, i]));
    if (v !== null && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item, [...p, k])]));
    }
    return v;
  };
  return { view: walk(value, path), pending };
}

export function startsWith(path: ReadonlyArray<PropertyKey>, prefix: ReadonlyArray<PropertyKey>): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => String(path[i]) === String(key));
}

/**
 * Whether a validation issue may be caused by a value not known yet: the issue is at or under a
 * pending path, or it is a union that could not be matched because one of its parts is pending.
 */
export function awaitsPending(
  issue: { path: ReadonlyArray<PropertyKey>; code: string },
  pending: ReadonlyArray<ReadonlyArray<PropertyKey>>,
): boolean {
  return pending.some((p) => startsWith(issue.path, p) || (issue.code === "invalid_union" && startsWith(p, issue.path)));
}
