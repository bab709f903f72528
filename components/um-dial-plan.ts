import * as pulumi from "@pulumi/pulumi";
import { catalog, type UmDialPlanModel } from "./model";
import type { ComponentArgs } from "./inputs";
import { LocationProfile } from "./location-profile";
import { requireArgs } from "./args";
import { OcsComponent } from "./ocs-component";
import { type ReferenceList, fqdnsOf } from "./reference";

/** A location profile given as the component or as its name. */
export type LocationProfileReference = LocationProfile | pulumi.Input<string>;

/** The profile name a {@link LocationProfileReference} stands for. */
export function profileNameOf(ref: LocationProfileReference): pulumi.Input<string> {
  return ref instanceof LocationProfile ? ref.profileName : ref;
}

/** Args of a {@link UmDialPlan}: its model, with references given as components or names. */
export interface UmDialPlanArgs
  extends Omit<ComponentArgs<UmDialPlanModel>, "servesPools" | "locationProfile"> {
  /** The location profile this dial plan serves: the component, or its name. */
  locationProfile: LocationProfileReference;
  /** The pools (or Standard Edition servers) whose users it serves: components or FQDNs. */
  servesPools: ReferenceList;
}

/**
 * An Exchange Unified Messaging dial plan integrated with OCS, with its VoipSecurity level.
 *
 * Seed 001 Table 2 ("VoipSecurity Values for Various Combinations of Mutual TLS and SRTP"):
 * Unsecured = no MTLS, no SRTP; SIPSecured = MTLS, no SRTP; Secured = MTLS and SRTP. "MTLS is
 * required between Exchange UM and Office Communications Server", so a dial plan is never
 * Unsecured, and the level constrains the Communicator client encryption level of its users.
 */
export class UmDialPlan extends OcsComponent<"umDialPlan"> {
  static readonly __pulumiType = catalog.umDialPlan.token;

  /** The dial plan's FQDN: the name its location profile must carry. */
  public readonly fqdn: pulumi.Output<string>;

  /**
   * @param name The dial plan's name in the stack, e.g. `dp-redmond`.
   */
  constructor(name: string, args: UmDialPlanArgs, opts?: pulumi.ComponentResourceOptions) {
    args = requireArgs("umDialPlan", name, args);
    super(
      "umDialPlan",
      name,
      {
        ...args,
        locationProfile: profileNameOf(args.locationProfile),
        servesPools: fqdnsOf(args.servesPools),
      },
      opts,
    );
    this.fqdn = pulumi.output(args.fqdn);
  }
}
