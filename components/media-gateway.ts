import * as pulumi from "@pulumi/pulumi";
import { catalog, type MediaGatewayModel } from "./model";
import type { ComponentArgs } from "./inputs";
import { requireArgs } from "./args";
import { OcsComponent } from "./ocs-component";
import { type ServerReference, fqdnOf } from "./reference";

/** Args of a {@link MediaGateway}: its model, with the Mediation Server given as component or FQDN. */
export interface MediaGatewayArgs extends Omit<ComponentArgs<MediaGatewayModel>, "mediationServer"> {
  /** The one Mediation Server the gateway is attached to: the component, or its FQDN. */
  mediationServer: ServerReference;
}

/**
 * A basic media gateway to the PSTN, or a SIP trunk reached through a Mediation Server.
 *
 * Seed 001 ("Media Gateway Security"): "Enable TLS on the link between the gateway and the
 * Mediation Server", and the gateway's next-hop proxy is the Mediation Server's external edge,
 * "identified by a unique combination of IP address and port number".
 */
export class MediaGateway extends OcsComponent<"mediaGateway"> {
  static readonly __pulumiType = catalog.mediaGateway.token;

  /** The gateway's FQDN (the CN of the certificate it presents for mutual TLS). */
  public readonly fqdn: pulumi.Output<string>;

  /**
   * @param name The gateway's name in the stack, e.g. `gw-redmond-1`.
   */
  constructor(name: string, args: MediaGatewayArgs, opts?: pulumi.ComponentResourceOptions) {
    args = requireArgs("mediaGateway", name, args);
    super("mediaGateway", name, { ...args, mediationServer: fqdnOf(args.mediationServer) }, opts);
    this.fqdn = pulumi.output(args.fqdn);
  }
}
