import type * as pulumi from "@pulumi/pulumi";
import { catalog, type IpsecExemption, type IpsecPolicyModel } from "./model";
import type { ComponentArgs } from "./inputs";
import { requireArgs } from "./args";
import { OcsComponent } from "./ocs-component";
import { type ReferenceList, fqdnsOf } from "./reference";

/** One IPsec exemption, with the servers it applies to given as components or FQDNs. */
export interface IpsecExemptionArgs extends Omit<ComponentArgs<IpsecExemption>, "appliesTo"> {
  /** The servers the exemption is applied to: components (Mediation Server, Edge, pool...) or FQDNs. */
  appliesTo: ReferenceList;
}

/** Args of an {@link IpsecPolicy}: whether the network relies on IPsec, and its exemptions. */
export interface IpsecPolicyArgs extends Omit<ComponentArgs<IpsecPolicyModel>, "exemptions"> {
  exemptions: ReadonlyArray<IpsecExemptionArgs>;
}

/**
 * The network's IPsec policy and its exemptions (port ranges, protocol, servers).
 *
 * Seed 001 ("Media Gateway Security"): "Organizations that rely on IPsec for packet security are
 * strongly advised to create an exception on a small media port range if they are to deploy
 * Enterprise Voice", because IPsec negotiation "can slow call setup to unacceptable levels".
 */
export class IpsecPolicy extends OcsComponent<"ipsecPolicy"> {
  static readonly __pulumiType = catalog.ipsecPolicy.token;

  /**
   * @param name The policy's name in the stack, e.g. `ipsec`.
   */
  constructor(name: string, args: IpsecPolicyArgs, opts?: pulumi.ComponentResourceOptions) {
    args = requireArgs("ipsecPolicy", name, args);
    const exemptions = args.exemptions.map((e) => ({ ...e, appliesTo: fqdnsOf(e.appliesTo) }));
    super("ipsecPolicy", name, { ...args, exemptions }, opts);
  }
}
