import * as pulumi from "@pulumi/pulumi";
import { catalog, type MonitoringServerModel } from "./model";
import type { ComponentArgs } from "./inputs";
import { requireArgs } from "./args";
import { OcsComponent } from "./ocs-component";
import { type ReferenceList, fqdnsOf } from "./reference";

/** Args of a {@link MonitoringServer}, with its pools given as components or FQDNs. */
export interface MonitoringServerArgs extends Omit<ComponentArgs<MonitoringServerModel>, "pools"> {
  /** The pools it collects CDR and QoE data from: components or FQDNs. */
  pools: ReferenceList;
}

/**
 * A Monitoring Server (CDR and QoE, with Message Queuing), the pools it monitors, and its database.
 *
 * Seed 000 ("role-based setup"): only the monitoring services and their permissions are installed.
 * Seed 001 Table 1 ("Monitoring Server") lists who may install and activate it.
 */
export class MonitoringServer extends OcsComponent<"monitoringServer"> {
  static readonly __pulumiType = catalog.monitoringServer.token;

  /** The computer's FQDN: what peers use and what its certificate covers. */
  public readonly fqdn: pulumi.Output<string>;

  /**
   * @param name The server's name in the stack, e.g. `mon-redmond`.
   */
  constructor(name: string, args: MonitoringServerArgs, opts?: pulumi.ComponentResourceOptions) {
    args = requireArgs("monitoringServer", name, args);
    super("monitoringServer", name, { ...args, pools: fqdnsOf(args.pools) }, opts);
    this.fqdn = pulumi.output(args.fqdn);
  }
}
