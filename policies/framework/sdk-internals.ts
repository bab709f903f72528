/**
 * Pieces of @pulumi/policy 1.21 that the engine path relies on but its type declarations strip
 * (they are marked internal): the unknown-value sentinels, the proxy target accessor, the
 * unknown-checking proxy with its error, and the deserialiser whose calls are tapped to learn which
 * values the engine marked secret. Typed here once, so the rest of the code stays typed.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
interface ProxyModule {
  unknownCheckingProxy<T>(props: T): T;
  UnknownValueError: new (sentinel: string, props: PropertyKey[]) => Error & { props: PropertyKey[] };
  getSpecialProxyTarget: string;
  unknownBooleanValue: string;
  unknownNumberValue: string;
  unknownStringValue: string;
  unknownArrayValue: string;
  unknownAssetValue: string;
  unknownArchiveValue: string;
  unknownObjectValue: string;
}

/** A protobuf Struct as the SDK receives it from the engine. */
interface WireStruct {
  toJavaScript(): Record<string, unknown>;
}

interface DeserializeModule {
  deserializeProperties(struct: WireStruct, proxySecrets: boolean): Record<string, unknown>;
}

// The proxy module stands alone (it requires nothing); the deserialiser loads all of
// @pulumi/pulumi, so it is required only when its tap is installed (the SDK's own handlers).
const proxy = require("@pulumi/policy/proxy") as ProxyModule;

export const { unknownCheckingProxy, UnknownValueError, getSpecialProxyTarget } = proxy;
export type UnknownValueError = InstanceType<ProxyModule["UnknownValueError"]>;

export const unknownSentinels: ReadonlySet<string> = new Set([
  proxy.unknownBooleanValue,
  proxy.unknownNumberValue,
  proxy.unknownStringValue,
  proxy.unknownArrayValue,
  proxy.unknownAssetValue,
  proxy.unknownArchiveValue,
  proxy.unknownObjectValue,
]);
export const unknownStringValue = proxy.unknownStringValue;

/**
 * How the engine marks a secret on the wire: `{ [specialSigKey]: specialSecretSig, value }`. The
 * constants of `@pulumi/pulumi/runtime/rpc`, written out because that module loads the whole SDK
 * runtime; the contract test checks that they are still the SDK's.
 */
export const specialSigKey = "4dabf18193072939515e22adb298388d";
export const specialSecretSig = "1b47061264138c4ac30d75fd1eb44270";

/** A path into props: object keys and array indices. */
export type PropsPath = (string | number)[];

/** The paths of the values marked secret in the props as the engine sent them. */
export function secretPathsOnWire(wire: unknown, path: PropsPath = [], found: PropsPath[] = []): PropsPath[] {
  if (Array.isArray(wire)) {
    wire.forEach((item, i) => secretPathsOnWire(item, [...path, i], found));
  } else if (wire !== null && typeof wire === "object") {
    const record = wire as Record<string, unknown>;
    if (record[specialSigKey] === specialSecretSig) found.push(path);
    else for (const [key, item] of Object.entries(record)) secretPathsOnWire(item, [...path, key], found);
  }
  return found;
}

/**
 * The SDK unwraps secrets silently (server.js deserialises with proxySecrets=false), so the only
 * place their marks can be seen is the Struct it deserialises. Its handlers read
 * `deserializeProperties` from the module object at every call; wrapping that export lets `record`
 * see each props object with the secret paths of its wire form. The props returned are the SDK's
 * own, unchanged, and the Struct is converted once, as before. A second copy of this module (two
 * builds in one process) wraps the first wrapper, and each records into its own store.
 */
export function tapDeserializedProps(record: (props: object, secretPaths: PropsPath[]) => void): void {
  const deserialize = require("@pulumi/policy/deserialize") as DeserializeModule;
  const current = deserialize.deserializeProperties;
  // The SDK deserialises a request's props once per policy; the Struct is the same object each
  // time (protobuf caches the field's wrapper), so it is decoded once and shared, read-only.
  const decoded = new WeakMap<object, Record<string, unknown>>();
  deserialize.deserializeProperties = (struct, proxySecrets) => {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the SDK always hands a Struct object; the test is for the type checker
    const key = typeof struct === "object" && struct !== null && !proxySecrets ? struct : undefined;
    const known = key && decoded.get(key);
    if (known) return known;
    const wire = struct.toJavaScript();
    const props = current.call(deserialize, { toJavaScript: () => wire }, proxySecrets);
    record(props, secretPathsOnWire(wire));
    if (key) decoded.set(key, props);
    return props;
  };
}
