import * as pulumi from "@pulumi/pulumi";
import { catalog, type EdgeServerModel } from "./model";
import type { ComponentArgs } from "./inputs";
import { requireArgs } from "./args";
import { OcsComponent } from "./ocs-component";

/** Args of an {@link EdgeServer}: its model (see `components/model/edge-server.ts`). */
export type EdgeServerArgs = ComponentArgs<EdgeServerModel>;

/**
 * An Edge Server with its three services (Access Edge, Web Conferencing Edge, A/V Edge), its
 * internal and external interfaces, and its federated partners with the OCS version of each
 * partner's Edge.
 *
 * Seed 000 (note on federation): while a partner that federates audio/video still runs OCS 2007,
 * "the port ranges required for Office Communications Server 2007 must be implemented for both
 * enterprises until the federated partner upgrades"; afterwards they "can be reviewed and reduced".
 */
export class EdgeServer extends OcsComponent<"edgeServer"> {
  static readonly __pulumiType = catalog.edgeServer.token;

  /** The internal interface's FQDN (the computer's FQDN). */
  public readonly fqdn: pulumi.Output<string>;
  /** The Access Edge external FQDN that federated partners and remote users reach. */
  public readonly accessEdgeFqdn: pulumi.Output<string>;

  /**
   * @param name The Edge Server's name in the stack, e.g. `edge-redmond`.
   */
  constructor(name: string, args: EdgeServerArgs, opts?: pulumi.ComponentResourceOptions) {
    args = requireArgs("edgeServer", name, args);
    super("edgeServer", name, args, opts);
    this.fqdn = pulumi.output(args.fqdn);
    this.accessEdgeFqdn = pulumi.output(args.accessEdge).apply((accessEdge) => accessEdge.fqdn);
  }
}
