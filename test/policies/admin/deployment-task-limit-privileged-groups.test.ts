import { deploymentTaskLimitPrivilegedGroups as policy } from "../../../policies/admin";
import { analyze, UNKNOWN, type EngineResource } from "../../harness/engine";
import { changed, compliantTasks, DELEGATION, without } from "./tasks";

const NAME = "deployment-task-limit-privileged-groups";

/** The messages the engine receives, without the description line the SDK puts first. */
async function messages(resource: EngineResource): Promise<string[]> {
  const diagnostics = await analyze([policy], resource);
  expect(diagnostics.every((d) => d.enforcementLevel === "advisory")).toBe(true);
  return diagnostics.map((d) => d.message.replace(`${policy.info.description}\n`, ""));
}

const addGroup = (name: string, group: string) =>
  changed(name, (p) => ({ ...p, principal: { ...p.principal, groups: [...(p.principal.groups as string[]), group] } }));

describe(NAME, () => {
  it("declares its metadata", () => {
    expect(policy.info).toMatchObject({
      name: NAME,
      requirements: ["OCS-ADM-2"],
      enforcementLevel: "advisory",
      kind: "resource",
      appliesTo: ["deploymentTask"],
      seed: { document: "001" },
    });
    expect(policy.info.seed.text).toMatch(/^If you do not want to grant this level of privilege .* required for this task\.$/);
    expect(policy.info.remediationSteps).toContain("LcsCmd /Action:CreateDelegation");
  });

  it.each(compliantTasks().map((t) => [t.name, t] as const))("is silent on the compliant task %s", async (_name, resource) => {
    expect(await analyze([policy], resource)).toEqual([]);
  });

  it("flags Domain Admins on a procedure Table 1 does not ask it for", async () => {
    expect(await messages(addGroup("se-configure", "Domain Admins"))).toEqual([
      'deployment task "se-configure" (Configure Standard Edition server, Standard Edition) is performed by CONTOSO\\ocsadmin, a member of Domain Admins, but Table 1 requires only RTCUniversalServerAdmins group (OCS-ADM-2).',
    ]);
  });

  it("recognises Domain Admins however it is spelled", async () => {
    expect(await messages(addGroup("se-configure", "CONTOSO\\DomainAdmins"))).toHaveLength(1);
  });

  it("accepts Domain Admins where Table 1 lists it, also as one alternative", async () => {
    expect(await messages(addGroup("edge-setup", "Domain Admins"))).toEqual([]);
    expect(await messages(addGroup("cwa-virtual-server", "Domain Admins"))).toEqual([]);
  });

  it("flags a task with a setup delegation group that still runs as Domain Admins", async () => {
    expect(await messages(addGroup("se-activate", "Domain Admins"))).toEqual([
      `deployment task "se-activate" (Deploy and activate Standard Edition server and applications, Standard Edition) has the setup delegation group ${DELEGATION.name} but is performed by CONTOSO\\setup1, a member of Domain Admins; with setup delegation the task must run without Domain Admins (OCS-ADM-2).`,
    ]);
  });

  it("accepts Domain Admins on the same task once no delegation group is configured", async () => {
    const resource = changed("se-activate", (p) => ({
      ...without(p, "delegationGroup"),
      principal: { ...p.principal, groups: ["RTCUniversalServerAdmins", "Domain Admins"] },
    }));
    expect(await messages(resource)).toEqual([]);
  });

  it("flags a domain-local delegation group", async () => {
    const resource = changed("se-activate", (p) => ({ ...p, delegationGroup: { ...DELEGATION, scope: "domain-local" } }));
    expect(await messages(resource)).toEqual([
      `deployment task "se-activate" (Deploy and activate Standard Edition server and applications, Standard Edition) uses the setup delegation group ${DELEGATION.name} with scope domain-local; setup delegation needs a global or universal group (OCS-ADM-2).`,
    ]);
  });

  it.each(["Schema Admins", "Enterprise Admins", "EnterpriseAdmins"])("flags %s outside the AD DS preparation", async (group) => {
    const canonical = group === "EnterpriseAdmins" ? "Enterprise Admins" : group;
    expect(await messages(addGroup("se-certificates", group))).toEqual([
      `deployment task "se-certificates" (Configure certificates for Office Communications Server, Standard Edition) is performed by CONTOSO\\ocsadmin, a member of ${canonical}, which Table 1 requires only to prepare AD DS (this procedure requires only Administrators group and RTCUniversalServerAdmins group) (OCS-ADM-2).`,
    ]);
  });

  it("accepts Schema, Enterprise and Domain Admins to prepare AD DS", async () => {
    expect(await messages(addGroup("se-prepare-ad", "Domain Admins"))).toEqual([]);
  });

  it("flags Domain Admins on Device Update Service, which asks for no credentials of its own", async () => {
    const resource = changed("se-configure", (p) => ({
      ...p,
      component: "device-update-service",
      procedure: "Deployment",
      principal: { ...p.principal, groups: ["Domain Admins"] },
    }));
    expect(await messages(resource)).toEqual([
      'deployment task "se-configure" (Deployment, Device Update Service) is performed by CONTOSO\\ocsadmin, a member of Domain Admins, but Table 1 requires no credentials of its own (OCS-ADM-2).',
    ]);
  });

  it("leaves an unknown procedure to ADM-1 but still judges the delegation", async () => {
    const unknown = changed("se-configure", (p) => ({ ...p, procedure: "Configure everything", principal: { ...p.principal, groups: ["Domain Admins"] } }));
    expect(await messages(unknown)).toEqual([]);
    const delegated = changed("se-activate", (p) => ({
      ...p,
      procedure: "Activate",
      principal: { ...p.principal, groups: ["Domain Admins"] },
    }));
    expect(await messages(delegated)).toHaveLength(1);
  });

  it("reports principal groups unknown during preview as not verifiable", async () => {
    const resource = changed("se-configure", (p) => ({ ...p, principal: { ...p.principal, groups: UNKNOWN } }));
    const diagnostics = await analyze([policy], resource);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.enforcementLevel).toBe("advisory");
    expect(diagnostics[0]?.message).toContain("not verifiable until update");
  });

  it("reports a malformed task, without throwing", async () => {
    const resource = changed("se-activate", (p) => ({ ...p, delegationGroup: { name: DELEGATION.name, scope: "local" } }));
    const found = await messages(resource);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('deployment task "se-activate"');
    expect(found[0]).toContain("malformed");
  });
});
