import * as pulumi from "@pulumi/pulumi";
import { catalog, type TopologyModel } from "./model";
import type { ComponentArgs } from "./inputs";
import { requireArgs } from "./args";
import { OcsComponent } from "./ocs-component";

export type TopologyArgs = ComponentArgs<TopologyModel>;

/**
 * The root of an OCS 2007 R2 deployment. Create it first and pass it as `parent` to every other
 * component: stack policies judge the members of one topology together (address uniqueness,
 * gateway to Mediation Server, dial plan to client policy...).
 */
export class Topology extends OcsComponent<"topology"> {
  static readonly __pulumiType = catalog.topology.token;

  /**
   * @param name The deployment's name in the stack, e.g. `contoso`.
   */
  constructor(name: string, args: TopologyArgs, opts?: pulumi.ComponentResourceOptions) {
    args = requireArgs("topology", name, args);
    super("topology", name, args, opts);
  }
}
