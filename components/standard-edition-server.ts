import * as pulumi from "@pulumi/pulumi";
import { catalog, type StandardEditionServerModel } from "./model";
import type { ComponentArgs } from "./inputs";
import { requireArgs } from "./args";
import { OcsComponent } from "./ocs-component";

/** Args of a {@link StandardEditionServer}: its model (see `components/model/standard-edition-server.ts`). */
export type StandardEditionServerArgs = ComponentArgs<StandardEditionServerModel>;

/**
 * A Standard Edition server: front end, Web Components and SQL Server Express on one computer.
 *
 * Seed 000 ("Trustworthy by Default"): every server has a certificate, signaling is TLS, media is
 * SRTP, internal clients use Kerberos, and role-based setup installs only the role's services.
 */
export class StandardEditionServer extends OcsComponent<"standardEditionServer"> {
  static readonly __pulumiType = catalog.standardEditionServer.token;

  /** The computer's FQDN: what peers use, what its certificate covers, what references name. */
  public readonly fqdn: pulumi.Output<string>;

  /**
   * @param name The server's name in the stack, e.g. `se-dublin`.
   */
  constructor(name: string, args: StandardEditionServerArgs, opts?: pulumi.ComponentResourceOptions) {
    args = requireArgs("standardEditionServer", name, args);
    super("standardEditionServer", name, args, opts);
    this.fqdn = pulumi.output(args.fqdn);
  }
}
