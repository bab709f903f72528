import { adminPolicies } from "../../../policies/admin";
import { compliantResources, resourceNamed } from "../../fixtures/reference-topology";
import { analyzeAll, type EngineResource } from "../../harness/engine";

/** The reference topology with one deployment task's groups changed. */
function withGroups(name: string, change: (groups: string[]) => string[]): EngineResource[] {
  const resources = compliantResources();
  const task = resourceNamed(resources, name);
  const principal = task.props.principal as { name: string; groups: string[] };
  task.props = { ...task.props, principal: { ...principal, groups: change(principal.groups) } };
  return resources;
}

describe("admin policies on the reference topology", () => {
  it("are silent on every deployment task of the compliant topology", async () => {
    const resources = compliantResources();
    expect(resources.filter((r) => r.kind === "deploymentTask").length).toBeGreaterThan(0);
    expect(await analyzeAll(adminPolicies, resources)).toEqual([]);
  });

  it("OCS-ADM-1 example: the Standard Edition activation without RTCUniversalServerAdmins trips ADM-1 only", async () => {
    const diagnostics = await analyzeAll(
      adminPolicies,
      withGroups("task-activate-se-dublin", (groups) => groups.filter((g) => g !== "RTCUniversalServerAdmins")),
    );
    expect(diagnostics.map((d) => [d.policyName, d.enforcementLevel])).toEqual([
      ["deployment-task-require-table1-credentials", "mandatory"],
    ]);
    expect(diagnostics[0]?.message).toContain(
      'deployment task "task-activate-se-dublin" (Deploy and activate Standard Edition server and applications, Standard Edition) is performed by CONTOSO\\ocs-setup in [OCS-Setup-Delegates]; Table 1 requires RTCUniversalServerAdmins group (OCS-ADM-1).',
    );
  });

  it("OCS-ADM-2 example: Domain Admins on the Standard Edition configuration trips the advisory ADM-2 only", async () => {
    const diagnostics = await analyzeAll(adminPolicies, withGroups("task-configure-se-dublin", (groups) => [...groups, "Domain Admins"]));
    expect(diagnostics.map((d) => [d.policyName, d.enforcementLevel])).toEqual([
      ["deployment-task-limit-privileged-groups", "advisory"],
    ]);
  });
});
