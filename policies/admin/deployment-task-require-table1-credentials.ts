import { z } from "zod";
import { satisfies } from "../../components/model/deployment-credentials";
import { resourcePolicy } from "../framework/define";
import { performedBy, plain, quoted, rowOf, table1Seed, whereOf } from "./task-description";

export const deploymentTaskRequireTable1Credentials = resourcePolicy({
  name: "deployment-task-require-table1-credentials",
  requirements: ["OCS-ADM-1"],
  description:
    "Each deployment task names a procedure of Table 1 and is performed by a principal whose groups satisfy every credential Table 1 lists for it.",
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["deploymentTask"],
  seed: table1Seed,
  config: z.object({
    /**
     * Table 1 asks for RTCUniversalServerAdmins to deploy media gateways only "if the media gateway
     * requires creation of trusted service entries"; the model can't tell, so by default the
     * condition is assumed to hold. A team whose gateways need no trusted service entries turns it off.
     */
    enforceConditionalCredentials: z.boolean().default(true),
  }),
  remediationSteps:
    "Add the task's principal to the groups Table 1 lists for its procedure (the message names what is missing), or have a principal who holds them perform the task. Instead of Domain Admins you may use setup delegation: run the setup delegation wizard (`LcsCmd /Action:CreateDelegation`) for a global or universal group, set it as the task's `delegationGroup` and add the principal to that group. If the procedure or step is not found, write it as Table 1 names it for the component (the message lists them).",
  check(member, ctx) {
    const task = member.model;
    const row = rowOf(task);
    if (!row.found) {
      const title = row.section.title;
      if (row.problem === "unknown-procedure") {
        return [
          `${member.subject} names procedure "${plain(task.procedure)}", which Table 1 does not list for ${title}; the procedures of ${title} are ${quoted(row.valid)}`,
        ];
      }
      if (row.problem === "unknown-step") {
        return [
          // Stryker disable next-line StringLiteral: Table 1 finds an unknown step, or steps where none are listed, only when the task names a step
          `${member.subject} names step "${plain(task.step ?? "")}" of "${plain(task.procedure)}" (${title}), which Table 1 does not list; its steps are ${quoted(row.valid)}`,
        ];
      }
      return [
        // Stryker disable next-line StringLiteral: Table 1 finds an unknown step, or steps where none are listed, only when the task names a step
        `${member.subject} names step "${plain(task.step ?? "")}" but Table 1 lists no steps for "${plain(task.procedure)}" (${title}); the task must name the procedure alone`,
      ];
    }
    const unmet = satisfies(row.credentials, task.principal.groups, {
      delegationGroup: task.delegationGroup?.name,
      includeConditional: ctx.config.enforceConditionalCredentials,
    });
    if (unmet.length === 0) return [];
    return [
      `${member.subject} ${whereOf(task, row)} is performed by ${performedBy(task)}; Table 1 requires ${unmet.map(plain).join(" and ")}.`,
    ];
  },
});
