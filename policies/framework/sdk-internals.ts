/**
 * Pieces of @pulumi/policy 1.21 that the engine path relies on but its type declarations strip
 * (they are marked internal): the unknown-value sentinels, the proxy target accessor, and the
 * unknown-checking proxy with its error. Typed here once, so the rest of the code stays typed.
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

interface DeserializeModule {
  deserializeProperties(struct: unknown, proxySecrets: boolean): Record<string, unknown>;
}

const proxy = require("@pulumi/policy/proxy") as ProxyModule;
const deserialize = require("@pulumi/policy/deserialize") as DeserializeModule;

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
export const deserializeProperties = deserialize.deserializeProperties;
