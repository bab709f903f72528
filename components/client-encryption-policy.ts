import * as pulumi from "@pulumi/pulumi";
import { catalog, type ClientEncryptionPolicyModel } from "./model";
import type { ComponentArgs } from "./inputs";
import { requireArgs } from "./args";
import { OcsComponent } from "./ocs-component";
import { type ReferenceList, fqdnsOf } from "./reference";

/** Args of a {@link ClientEncryptionPolicy}: its level, and everyone or the pools it applies to. */
export interface ClientEncryptionPolicyArgs extends Omit<ComponentArgs<ClientEncryptionPolicyModel>, "appliesTo"> {
  /** `"global"` for everyone, or the pools (components or FQDNs) whose users it applies to. */
  appliesTo: "global" | ReferenceList;
}

/**
 * The Office Communicator 2007 R2 client media encryption level (`rejected`, `optional`,
 * `required`) for everyone or for the users of some pools; a pool-scoped policy overrides the
 * global one.
 *
 * Seed 001 ("Exchange UM Security Levels"): with SIPSecured dial plans "the Office Communicator
 * 2007 R2 client encryption level must be set to either rejected or optional"; with Secured, "to
 * either optional or required".
 */
export class ClientEncryptionPolicy extends OcsComponent<"clientEncryptionPolicy"> {
  static readonly __pulumiType = catalog.clientEncryptionPolicy.token;

  /**
   * @param name The policy's name in the stack, e.g. `client-encryption-global`.
   */
  constructor(name: string, args: ClientEncryptionPolicyArgs, opts?: pulumi.ComponentResourceOptions) {
    args = requireArgs("clientEncryptionPolicy", name, args);
    // A pool list is sent as one Output: while a pool's FQDN is pending, the union of "global" and
    // a list cannot be checked piecewise (zod reports the union at `appliesTo`, not at the item).
    const appliesTo = args.appliesTo === "global" ? ("global" as const) : pulumi.output(fqdnsOf(args.appliesTo));
    super("clientEncryptionPolicy", name, { ...args, appliesTo }, opts);
  }
}
