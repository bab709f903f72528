import * as pulumi from "@pulumi/pulumi";
import { catalog, type ArchivingServerModel } from "./model";
import type { ComponentArgs } from "./inputs";
import { requireArgs } from "./args";
import { OcsComponent } from "./ocs-component";
import { type ReferenceList, fqdnsOf } from "./reference";

/** Args of an {@link ArchivingServer}, with its pools given as components or FQDNs. */
export interface ArchivingServerArgs extends Omit<ComponentArgs<ArchivingServerModel>, "pools"> {
  /** The pools whose IM it archives: components or FQDNs. */
  pools: ReferenceList;
}

/**
 * An Archiving Server (archiving and Message Queuing services), the pools it archives for, and its
 * SQL Server database.
 *
 * Seed 000 ("role-based setup"): only the archiving services and their permissions are installed.
 * Seed 001 Table 1 ("Archiving Server") lists who may install and activate it.
 */
export class ArchivingServer extends OcsComponent<"archivingServer"> {
  static readonly __pulumiType = catalog.archivingServer.token;

  /** The computer's FQDN: what peers use and what its certificate covers. */
  public readonly fqdn: pulumi.Output<string>;

  /**
   * @param name The server's name in the stack, e.g. `arch-redmond`.
   */
  constructor(name: string, args: ArchivingServerArgs, opts?: pulumi.ComponentResourceOptions) {
    args = requireArgs("archivingServer", name, args);
    super("archivingServer", name, { ...args, pools: fqdnsOf(args.pools) }, opts);
    this.fqdn = pulumi.output(args.fqdn);
  }
}
