import * as pulumi from "@pulumi/pulumi";

/** Any component that is known by its FQDN (servers, pools, gateways, dial plans). */
export interface HasFqdn {
  readonly fqdn: pulumi.Output<string>;
}

/**
 * A reference to another component: the component itself, or its FQDN. In the model that the
 * engine and the policies see, a reference is always the target's FQDN (a string), so a stack
 * policy resolves it by matching the `fqdn` field of the other components.
 */
export type ServerReference = HasFqdn | pulumi.Input<string>;

function isComponent(ref: ServerReference): ref is HasFqdn {
  return typeof ref === "object" && ref !== null && "fqdn" in ref && pulumi.Output.isInstance(ref.fqdn);
}

export function fqdnOf(ref: ServerReference): pulumi.Input<string> {
  return isComponent(ref) ? ref.fqdn : ref;
}

/** A list of references, or a value that resolves to one (an `Output` of a list). */
export type ReferenceList = pulumi.Input<ReadonlyArray<ServerReference>>;

/** The FQDNs of a list of references; a list that is itself pending is resolved first. */
export function fqdnsOf(list: ReferenceList): pulumi.Input<pulumi.Input<string>[]> {
  if (Array.isArray(list)) return (list as ReadonlyArray<ServerReference>).map(fqdnOf);
  // Resolving the list resolves each component in it to its plain values, FQDN included.
  return pulumi.output(list).apply((items) => items.map((item) => (typeof item === "string" ? item : item.fqdn)));
}
