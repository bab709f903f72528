import { SECRET_MARK } from "../../components/model/redact";
import { isUnknownSentinel } from "../../policies/framework/decode";

/**
 * Reading a decoded model for a picture. A value may still be a placeholder: the engine's sentinel
 * for a value unknown during preview, or `[secret]` where the engine hid a secret. Neither is a
 * value to draw, and neither may crash the drawing, so every read here takes `unknown`.
 */

/** Whether a value is a placeholder rather than the value itself. */
export function isPlaceholder(value: unknown): boolean {
  return value === SECRET_MARK || isUnknownSentinel(value);
}

/** A leaf value as a label shows it: `unknown` during preview, `[secret]` for a secret, `missing` for none. */
export function shown(value: unknown): string {
  if (isUnknownSentinel(value)) return "unknown";
  if (value === SECRET_MARK) return SECRET_MARK;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "missing";
}

export type Fields = Readonly<Record<string, unknown>>;

/** The object at a field, or an empty one when it is absent, a placeholder or not an object. */
export function fieldsOf(value: unknown): Fields {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Fields) : {};
}

/** The items of a list field; a placeholder or a non-list gives none. */
export function itemsOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `ip:port transport` of an endpoint, each part shown as above. */
export function endpoint(ip: unknown, port: unknown, transport?: unknown): string {
  const address = `${shown(ip)}:${shown(port)}`;
  return transport === undefined ? address : `${address} ${shown(transport)}`;
}
