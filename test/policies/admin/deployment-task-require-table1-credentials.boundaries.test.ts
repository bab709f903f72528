/**
 * Boundaries of the task wording in OCS-ADM-1 and OCS-ADM-2 messages: Table 1's own wording for a
 * row found by a loosely written name, the step beside the procedure, and names printed with their
 * whitespace tidied (killed mutants of policies/admin/task-description.ts).
 */
import { deploymentTaskLimitPrivilegedGroups } from "../../../policies/admin/deployment-task-limit-privileged-groups";
import { deploymentTaskRequireTable1Credentials } from "../../../policies/admin/deployment-task-require-table1-credentials";
import type { OcsPolicy } from "../../../policies/framework/define";
import { type EngineResource, runPolicy, UNKNOWN } from "../../harness/engine";
import { DELEGATION, task } from "./tasks";

async function messages(policy: OcsPolicy, resource: EngineResource): Promise<string[]> {
  return (await runPolicy(policy, [resource])).map((d) => d.message.split("\n").pop() ?? "");
}

describe("deployment task wording in messages", () => {
  it("names the row and its step in Table 1's wording when the task writes them loosely", async () => {
    const loose = task("ev-pool", {
      component: "enterprise-voice-standalone",
      procedure: "deploy  office communications server.",
      step: "  CREATE enterprise   pool ",
      principal: { name: "CONTOSO\\setup1", groups: ["Domain Admins"] },
    });
    expect(await messages(deploymentTaskRequireTable1Credentials, loose)).toEqual([
      'deployment task "ev-pool" (Deploy Office Communications Server / Create enterprise pool, Enterprise Voice stand-alone (no PBX coexistence)) is performed by CONTOSO\\setup1 in [Domain Admins]; Table 1 requires RTCUniversalServerAdmins (OCS-ADM-1).',
    ]);
  });

  it("prints an unknown procedure with its whitespace tidied", async () => {
    const unknown = task("ev-odd", {
      component: "enterprise-voice-standalone",
      procedure: "  Deploy   nothing at all ",
      principal: { name: "CONTOSO\\setup1", groups: ["RTCUniversalServerAdmins"] },
    });
    const [message] = await messages(deploymentTaskRequireTable1Credentials, unknown);
    expect(message).toMatch(/^deployment task "ev-odd" names procedure "Deploy nothing at all", which Table 1 does not list for /);
  });

  it("tidies a procedure the schema has not trimmed, as when another field is unknown during preview", async () => {
    // With an unknown value in the task, the rule reads the props as sent, untrimmed.
    const pending = task("ev-odd", {
      component: "enterprise-voice-standalone",
      procedure: "  Deploy   nothing at all ",
      target: UNKNOWN,
      principal: { name: "CONTOSO\\setup1", groups: ["RTCUniversalServerAdmins"] },
    });
    const [message] = await messages(deploymentTaskRequireTable1Credentials, pending);
    expect(message).toMatch(/^deployment task "ev-odd" names procedure "Deploy nothing at all", which Table 1 does not list for /);
  });

  it("reports Domain Admins beside setup delegation once, not again as beyond Table 1", async () => {
    const delegated = task("se-configure", {
      component: "standard-edition",
      procedure: "Configure Standard Edition server",
      principal: { name: "CONTOSO\\ocsadmin", groups: ["RTCUniversalServerAdmins", "Domain Admins"] },
      delegationGroup: DELEGATION,
    });
    expect(await messages(deploymentTaskLimitPrivilegedGroups, delegated)).toEqual([
      'deployment task "se-configure" (Configure Standard Edition server, Standard Edition) has the setup delegation group CONTOSO\\OcsSetupDelegates but is performed by CONTOSO\\ocsadmin, a member of Domain Admins; with setup delegation the task must run without Domain Admins (OCS-ADM-2).',
    ]);
  });
});
