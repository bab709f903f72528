import type * as pulumi from "@pulumi/pulumi";
import { catalog, type DeploymentTaskModel } from "./model";
import type { ComponentArgs } from "./inputs";
import { requireArgs } from "./args";
import { OcsComponent } from "./ocs-component";

/** Args of a {@link DeploymentTask}: its model (see `components/model/deployment-task.ts`). */
export type DeploymentTaskArgs = ComponentArgs<DeploymentTaskModel>;

/**
 * One deployment procedure of Table 1, for one component, and the principal (with its group
 * memberships) who performs it, optionally through a setup delegation group.
 *
 * Seed 001 ("Administrative Credentials", Table 1 "Administrative Credentials Required for
 * Deployment Tasks" and its note): "By default, membership in the Domain Admins group is required
 * to deploy or activate a server ... you can use the setup delegation wizard to provide a specific
 * group the subset of permissions required for this task."
 */
export class DeploymentTask extends OcsComponent<"deploymentTask"> {
  static readonly __pulumiType = catalog.deploymentTask.token;

  /**
   * @param name The task's name in the stack, e.g. `task-activate-se-dublin`.
   */
  constructor(name: string, args: DeploymentTaskArgs, opts?: pulumi.ComponentResourceOptions) {
    args = requireArgs("deploymentTask", name, args);
    super("deploymentTask", name, args, opts);
  }
}
