import { catalog, type Kind } from "./model/catalog";
import { ModelValidationError } from "./ocs-component";

/**
 * The args a component was given, refused with one sentence when they are not an object at all
 * (`null`, `undefined`, a string): the constructor reads fields of them before validation runs.
 */
export function requireArgs<T>(kind: Kind, name: string, args: T | null | undefined): T {
  if (args !== null && typeof args === "object" && !Array.isArray(args)) return args;
  const given = args === undefined ? "undefined" : JSON.stringify(args) ?? String(args);
  throw new ModelValidationError([
    `${catalog[kind].label} "${name}": its args are ${given}; they must be an object with the component's fields (see docs/components.md).`,
  ]);
}
