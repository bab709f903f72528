import { secretRedactor } from "./secrets";
import { type BuiltViews, buildViews, type StackResource } from "./topology-view";

/**
 * The resources of one engine request, as every policy of a pack judges them: decoded, grouped by
 * Topology and searched by URN at most once, however many policies read them, and with one
 * redaction of the secrets they hold. It lives as long as the request's evaluation.
 */
export interface JudgedResources {
  readonly resources: readonly StackResource[];
  /** The resource of that URN, if it is among them. */
  resource(urn: string): StackResource | undefined;
  /** Hides in a text every value any of the resources holds as a secret. */
  redact(text: string): string;
  /** The resources' OCS components grouped by Topology, with the ones whose model cannot be read. */
  views(): BuiltViews;
}

export function judgedResources(resources: readonly StackResource[]): JudgedResources {
  let byUrn: Map<string, StackResource> | undefined;
  let built: BuiltViews | undefined;
  const redact = secretRedactor(resources.map((r) => r.props));
  return {
    resources,
    resource: (urn) => (byUrn ??= new Map(resources.map((r) => [r.urn, r]))).get(urn),
    redact,
    views: () => (built ??= buildViews(resources)),
  };
}
