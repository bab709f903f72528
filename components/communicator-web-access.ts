import * as pulumi from "@pulumi/pulumi";
import { catalog, type CommunicatorWebAccessModel } from "./model";
import type { ComponentArgs } from "./inputs";
import { requireArgs } from "./args";
import { OcsComponent } from "./ocs-component";
import { type ServerReference, fqdnOf } from "./reference";

/** Args of a {@link CommunicatorWebAccess} server, with its pool given as components or FQDNs. */
export interface CommunicatorWebAccessArgs extends Omit<ComponentArgs<CommunicatorWebAccessModel>, "pool"> {
  /** The pool it signs users in to: the component, or its FQDN. */
  pool: ServerReference;
}

/**
 * A Communicator Web Access server and the site it publishes (its certificate's subject is the site
 * URL, with the server FQDN as a SAN).
 *
 * Seed 000 ("Trustworthy by Default"): certificates and Kerberos for internal users. Seed 001
 * Table 1 ("Communicator Web Access") lists who may install it and create its virtual server.
 */
export class CommunicatorWebAccess extends OcsComponent<"communicatorWebAccess"> {
  static readonly __pulumiType = catalog.communicatorWebAccess.token;

  /** The computer's FQDN: what peers use and what its certificate covers. */
  public readonly fqdn: pulumi.Output<string>;

  /**
   * @param name The server's name in the stack, e.g. `cwa-redmond`.
   */
  constructor(name: string, args: CommunicatorWebAccessArgs, opts?: pulumi.ComponentResourceOptions) {
    args = requireArgs("communicatorWebAccess", name, args);
    super("communicatorWebAccess", name, { ...args, pool: fqdnOf(args.pool) }, opts);
    this.fqdn = pulumi.output(args.fqdn);
  }
}
