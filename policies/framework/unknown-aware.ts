import { unknownPath } from "./not-verifiable";
import { UnknownValueError } from "./sdk-internals";

/**
 * The SDK's UnknownValueError, knowing whose model the unknown value is in: a stack rule that
 * judges one member by another's value (a gateway by its Mediation Server's edge) then says which
 * member's value it waits for, and the note names both.
 */
export class UnknownMemberValueError extends UnknownValueError {
  constructor(
    sentinel: string,
    path: PropertyKey[],
    public readonly owner: string,
  ) {
    super(sentinel, path);
  }
}

/** The path of an unknown value as a note shows it: `external.ip`, or `fqdn of Mediation Server "med-1"` when another member's. */
export function unknownPathFor(error: InstanceType<typeof UnknownValueError>, judged: string): string {
  const path = unknownPath(error);
  return error instanceof UnknownMemberValueError && error.owner !== judged ? `${path} of ${error.owner}` : path;
}

/**
 * A read-only view of a member's model that throws when a rule reads a value unknown during
 * preview. Unlike the SDK's proxy it does not rely on `instanceof Object`, so props built in
 * another realm are guarded too.
 */
export function unknownAware(value: unknown, owner: string, isUnknown: (value: unknown) => boolean, path: PropertyKey[] = []): unknown {
  if (value === null || typeof value !== "object") return value;
  return new Proxy(value, {
    get(target, key, receiver) {
      const field: unknown = Reflect.get(target, key, receiver);
      if (typeof key === "symbol") return field;
      if (isUnknown(field)) throw new UnknownMemberValueError(field as string, [...path, key], owner);
      // A non-configurable, non-writable property must be returned as is (the Proxy invariant).
      const desc = Object.getOwnPropertyDescriptor(target, key);
      if (desc && "value" in desc && desc.configurable === false && desc.writable === false) return field;
      return unknownAware(field, owner, isUnknown, [...path, key]);
    },
  });
}
