import {
  type CredentialLine,
  normalizeGroup,
  type Principal,
  requirementMentions,
  satisfies,
} from "../../components/model/deployment-credentials";
import { resourcePolicy } from "../framework/define";
import { delegationSeed, type DeploymentTask, plain, rowOf, whereOf } from "./task-description";

function holds(task: DeploymentTask, principal: Principal): boolean {
  return task.principal.groups.some((g) => normalizeGroup(g) === principal);
}

/** Everything the row asks for, as messages print it. */
function required(lines: readonly CredentialLine[]): string {
  // Stryker disable next-line ArrayDeclaration: with no group held every term is unmet; a made-up group changes nothing.
  const terms = satisfies(lines, []).map(plain);
  return terms.length === 0 ? "no credentials of its own" : `only ${terms.join(" and ")}`;
}

/** Forest-wide groups Table 1 asks for only to prepare AD DS. */
const forestGroups: readonly Principal[] = ["Schema Admins", "Enterprise Admins"];

export const deploymentTaskLimitPrivilegedGroups = resourcePolicy({
  name: "deployment-task-limit-privileged-groups",
  requirements: ["OCS-ADM-2"],
  description:
    "Deployment tasks run with least privilege: Domain Admins only where Table 1 asks for it and never alongside setup delegation, a global or universal delegation group, and Schema or Enterprise Admins only to prepare AD DS.",
  severity: "medium",
  enforcementLevel: "advisory",
  appliesTo: ["deploymentTask"],
  seed: delegationSeed,
  remediationSteps:
    "Remove the principal from the privileged group the message names and perform the task with the groups Table 1 lists. Where Domain Admins would otherwise be needed, run the setup delegation wizard (`LcsCmd /Action:CreateDelegation`) for a global or universal group (never a domain-local group), set it as the task's `delegationGroup` and add the principal to it instead of Domain Admins. Keep Schema Admins and Enterprise Admins for the AD DS preparation tasks.",
  check(member) {
    const task = member.model;
    const where = `${member.subject} ${whereOf(task, undefined)}`;
    const who = task.principal.name;
    const messages: string[] = [];
    const delegation = task.delegationGroup;
    if (delegation !== undefined && delegation.scope === "domain-local") {
      messages.push(
        `${where} uses the setup delegation group ${delegation.name} with scope domain-local; setup delegation needs a global or universal group`,
      );
    }
    const holdsDomainAdmins = holds(task, "Domain Admins");
    if (delegation !== undefined && holdsDomainAdmins) {
      messages.push(
        `${where} has the setup delegation group ${delegation.name} but is performed by ${who}, a member of Domain Admins; with setup delegation the task must run without Domain Admins`,
      );
    }
    const row = rowOf(task);
    // An unknown procedure is ADM-1's finding; without a row there is nothing to compare the groups with.
    if (!row.found) return messages;
    const located = `${member.subject} ${whereOf(task, row)}`;
    if (delegation === undefined && holdsDomainAdmins && !requirementMentions(row.credentials, "Domain Admins")) {
      messages.push(
        `${located} is performed by ${who}, a member of Domain Admins, but Table 1 requires ${required(row.credentials)}`,
      );
    }
    for (const group of forestGroups) {
      if (holds(task, group) && !requirementMentions(row.credentials, group)) {
        messages.push(
          `${located} is performed by ${who}, a member of ${group}, which Table 1 requires only to prepare AD DS (this procedure requires ${required(row.credentials)})`,
        );
      }
    }
    return messages;
  },
});
