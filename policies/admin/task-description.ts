import type { ModelOf } from "../../components/model/catalog";
import {
  findProcedure,
  type ResolvedProcedure,
  sectionOf,
  TABLE1_INTRODUCTION,
  TABLE1_NOTE,
  TABLE1_TITLE,
  type UnresolvedProcedure,
} from "../../components/model/deployment-credentials";
import type { SeedReference } from "../framework/requirements";

export type DeploymentTask = ModelOf<"deploymentTask">;

/** The seed writes "AD DS" with a no-break space; messages print an ordinary one. */
export function plain(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Table 1's row for the task, with what it requires, or why there is none. */
export function rowOf(task: DeploymentTask): ResolvedProcedure | UnresolvedProcedure {
  return findProcedure(task.component, task.procedure, task.step);
}

/** `(procedure[ / step], Section title)`, with the seed's wording where the row was found. */
export function whereOf(task: DeploymentTask, row?: ResolvedProcedure): string {
  const procedure = plain(row?.procedure ?? task.procedure);
  const step = row?.step?.name ?? task.step;
  return `(${procedure}${step === undefined ? "" : ` / ${plain(step)}`}, ${sectionOf(task.component).title})`;
}

/** `CONTOSO\setup1 in [Administrators, RTCUniversalServerAdmins]`, the groups as the task lists them. */
export function performedBy(task: DeploymentTask): string {
  return `${task.principal.name} in [${task.principal.groups.join(", ")}]`;
}

export function quoted(names: readonly string[]): string {
  return names.map((n) => `"${plain(n)}"`).join(", ");
}

export const table1Seed: SeedReference = {
  document: "001",
  section: `Administrative Credentials, ${TABLE1_TITLE}`,
  text: TABLE1_INTRODUCTION,
};

/** The Note's second sentence: setup delegation instead of Domain Admins. */
export const delegationSeed: SeedReference = {
  document: "001",
  section: "Administrative Credentials, Note",
  text: TABLE1_NOTE.slice(TABLE1_NOTE.indexOf("If you do not want")),
};
