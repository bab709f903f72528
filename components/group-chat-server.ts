import * as pulumi from "@pulumi/pulumi";
import { catalog, type GroupChatServerModel } from "./model";
import type { ComponentArgs } from "./inputs";
import { requireArgs } from "./args";
import { OcsComponent } from "./ocs-component";
import { type ServerReference, fqdnOf } from "./reference";

/** Args of a {@link GroupChatServer}, with its pool given as components or FQDNs. */
export interface GroupChatServerArgs extends Omit<ComponentArgs<GroupChatServerModel>, "pool"> {
  /** The pool its users sign in to: the component, or its FQDN. */
  pool: ServerReference;
}

/**
 * A Group Chat server (lookup, channel and compliance services) and its SQL Server database.
 *
 * Seed 000 ("role-based setup"): only the Group Chat services are installed. Seed 001 Table 1
 * ("Group Chat") lists who may set up its accounts, certificates and installation.
 */
export class GroupChatServer extends OcsComponent<"groupChatServer"> {
  static readonly __pulumiType = catalog.groupChatServer.token;

  /** The computer's FQDN: what peers use and what its certificate covers. */
  public readonly fqdn: pulumi.Output<string>;

  /**
   * @param name The server's name in the stack, e.g. `groupchat-redmond`.
   */
  constructor(name: string, args: GroupChatServerArgs, opts?: pulumi.ComponentResourceOptions) {
    args = requireArgs("groupChatServer", name, args);
    super("groupChatServer", name, { ...args, pool: fqdnOf(args.pool) }, opts);
    this.fqdn = pulumi.output(args.fqdn);
  }
}
