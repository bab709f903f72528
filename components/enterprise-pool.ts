import * as pulumi from "@pulumi/pulumi";
import { catalog, type EnterprisePoolModel } from "./model";
import type { ComponentArgs } from "./inputs";
import { requireArgs } from "./args";
import { OcsComponent } from "./ocs-component";

/** Args of an {@link EnterprisePool}: its model (see `components/model/enterprise-pool.ts`). */
export type EnterprisePoolArgs = ComponentArgs<EnterprisePoolModel>;

/**
 * An Enterprise pool in the consolidated topology: front ends sharing the pool FQDN and its
 * certificate, a SQL Server back end and an optional hardware load balancer.
 *
 * Seed 000 ("Trustworthy by Default"): certificates on every server, TLS signaling, SRTP media,
 * Kerberos. Seed 001 Table 1 ("Enterprise Edition, Consolidated Topology") lists who may deploy it.
 */
export class EnterprisePool extends OcsComponent<"enterprisePool"> {
  static readonly __pulumiType = catalog.enterprisePool.token;

  /** The pool FQDN: what clients and peers use, and what Mediation Servers name as next hop. */
  public readonly fqdn: pulumi.Output<string>;

  /**
   * @param name The pool's name in the stack, e.g. `pool-redmond`.
   */
  constructor(name: string, args: EnterprisePoolArgs, opts?: pulumi.ComponentResourceOptions) {
    args = requireArgs("enterprisePool", name, args);
    super("enterprisePool", name, args, opts);
    this.fqdn = pulumi.output(args.fqdn);
  }
}
