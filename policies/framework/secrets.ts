import { valueAt } from "../../components/model/describe-issues";
import { leafValues, redactText } from "../../components/model/redact";
import { unwrapProxy } from "./decode";
import { type PropsPath, tapDeserializedProps } from "./sdk-internals";

/**
 * Which values of each props object the engine marked secret, keyed by the object itself (never by
 * the order of the engine's calls), so it is forgotten with the props.
 */
const secretPathsByProps = new WeakMap<object, readonly PropsPath[]>();

let tapped = false;

/**
 * Makes the SDK's own handlers record the secret paths of every props object they deserialise
 * (sdk-internals.ts). Only the SDK's path needs it (a policy object handed to a PolicyPack, the
 * test harness); ocs-guard's own analyzer server records them as it decodes, and never loads the
 * SDK's deserialiser. Idempotent.
 */
export function tapSdkSecrets(): void {
  if (tapped) return;
  tapped = true;
  tapDeserializedProps((props, paths) => secretPathsByProps.set(props, paths));
}

/**
 * Declares which values of `props` are secret, for props that did not come from the engine (a
 * caller of `OcsPolicy.evaluate` with its own data). Returns `props`.
 */
export function declareSecretPaths<T extends object>(props: T, paths: readonly PropsPath[] = []): T {
  secretPathsByProps.set(props, paths);
  return props;
}

/** The secret paths of props from the engine, or undefined when they are not known. */
export function secretPathsOf(props: unknown): readonly PropsPath[] | undefined {
  const raw = unwrapProxy(props);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: WeakMap.get answers undefined for a key that is no object; the test is for the type checker
  return raw !== null && typeof raw === "object" ? secretPathsByProps.get(raw) : undefined;
}

/**
 * The secret leaf values (strings and numbers) of one resource's props. When it is not known which
 * are secret, every value is taken to be: a message then shows less, but never a secret.
 */
export function secretValuesOf(props: unknown): (string | number)[] {
  const raw = unwrapProxy(props);
  const paths = secretPathsOf(raw);
  if (paths === undefined) return leafValues(raw);
  return paths.flatMap((path) => leafValues(valueAt(raw, path)));
}

/**
 * Hides, in a text about the given resources, every value any of them holds as a secret. The
 * secrets are gathered on first use, so a rule that finds nothing pays nothing.
 */
export function secretRedactor(propsOfJudged: readonly unknown[]): (text: string) => string {
  let secrets: Set<string | number> | undefined;
  return (text) => {
    secrets ??= new Set(propsOfJudged.flatMap(secretValuesOf));
    return redactText(text, secrets);
  };
}
