import * as pulumi from "@pulumi/pulumi";
import { catalog, type LocationProfileModel } from "./model";
import type { ComponentArgs } from "./inputs";
import { requireArgs } from "./args";
import { OcsComponent } from "./ocs-component";

/** Args of a {@link LocationProfile}: its model (see `components/model/location-profile.ts`). */
export type LocationProfileArgs = ComponentArgs<LocationProfileModel>;

/**
 * An Enterprise Voice location (voice) profile.
 *
 * Seed 001 ("Exchange UM Security Levels"): "you need to select the most appropriate dial plan
 * security level for each voice profile". With Exchange UM integrated, the profile is named after
 * the FQDN of its UM dial plan (deployment documentation, OCS-X-1).
 */
export class LocationProfile extends OcsComponent<"locationProfile"> {
  static readonly __pulumiType = catalog.locationProfile.token;

  /** The profile's name: what a UM dial plan's `locationProfile` names. */
  public readonly profileName: pulumi.Output<string>;

  /**
   * @param name The profile's name in the stack (the Pulumi resource name), e.g. `lp-redmond`;
   *   not necessarily `args.name`, which is the profile name OCS uses.
   */
  constructor(name: string, args: LocationProfileArgs, opts?: pulumi.ComponentResourceOptions) {
    args = requireArgs("locationProfile", name, args);
    super("locationProfile", name, args, opts);
    this.profileName = pulumi.output(args.name);
  }
}
