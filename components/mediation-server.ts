import * as pulumi from "@pulumi/pulumi";
import { catalog, type MediationServerModel } from "./model";
import type { ComponentArgs } from "./inputs";
import { requireArgs } from "./args";
import { OcsComponent } from "./ocs-component";
import { type ServerReference, fqdnOf } from "./reference";

export interface MediationServerArgs extends Omit<ComponentArgs<MediationServerModel>, "nextHop"> {
  /** The pool or Standard Edition server it forwards to: the component, or its FQDN. */
  nextHop: ServerReference;
}

/**
 * A Mediation Server with two network adapters: the internal edge (Communications Server listening
 * address, default port 5061, MTLS) and the external edge (gateway listening address, default 5060).
 */
export class MediationServer extends OcsComponent<"mediationServer"> {
  static readonly __pulumiType = catalog.mediationServer.token;

  /** The computer's FQDN: what gateways name as their Mediation Server. */
  public readonly fqdn: pulumi.Output<string>;

  /**
   * @param name The Mediation Server's name in the stack, e.g. `med-redmond`.
   */
  constructor(name: string, args: MediationServerArgs, opts?: pulumi.ComponentResourceOptions) {
    args = requireArgs("mediationServer", name, args);
    super("mediationServer", name, { ...args, nextHop: fqdnOf(args.nextHop) }, opts);
    this.fqdn = pulumi.output(args.fqdn);
  }
}
