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
