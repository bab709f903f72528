import {
  credentialsTable,
  type CredentialLine,
  type Principal,
} from "../../../components/model/deployment-credentials";
import { deploymentTaskRequireTable1Credentials as policy } from "../../../policies/admin";
import { declareSecretPaths } from "../../../policies/framework/secrets";
import { analyze, UNKNOWN, urnOf, type EngineResource } from "../../harness/engine";
import { changed, compliantTasks, DELEGATION, task, without } from "./tasks";

const NAME = "deployment-task-require-table1-credentials";

/** The mandatory messages the engine receives, without the description line the SDK puts first. */
async function mandatory(resource: EngineResource): Promise<string[]> {
  const diagnostics = await analyze([policy], resource);
  return diagnostics
    .filter((d) => d.enforcementLevel === "mandatory")
    .map((d) => d.message.replace(`${policy.info.description}\n`, ""));
}

/** Runs the rule directly (config and many cases): the messages it finds. The props hold no secret. */
function findings(resource: EngineResource, config: Record<string, unknown> = {}): string[] {
  const props = declareSecretPaths(resource.props, []);
  const evaluation = policy.evaluate(
    [{ type: "ocs:admin:DeploymentTask", name: resource.name, urn: urnOf("deploymentTask", resource.name), props }],
    config,
  );
  return evaluation.violations.map((v) => v.message);
}

describe(NAME, () => {
  it("declares its metadata", () => {
    expect(policy.info).toMatchObject({
      name: NAME,
      requirements: ["OCS-ADM-1"],
      enforcementLevel: "mandatory",
      kind: "resource",
      appliesTo: ["deploymentTask"],
      seed: { document: "001", text: "The following table outlines the permissions required to deploy the various server roles." },
    });
    expect(policy.policy.name).toBe(NAME);
    expect(policy.info.remediationSteps).toContain("LcsCmd /Action:CreateDelegation");
  });

  it.each(compliantTasks().map((t) => [t.name, t] as const))("is silent on the compliant task %s", async (_name, resource) => {
    expect(await analyze([policy], resource)).toEqual([]);
  });

  it("fires when the activating principal lacks RTCUniversalServerAdmins and Domain Admins", async () => {
    const resource = task("se-activate", {
      component: "standard-edition",
      procedure: "Deploy and activate Standard Edition server and applications",
      principal: { name: "CONTOSO\\setup1", groups: ["Administrators"] },
    });
    expect(await mandatory(resource)).toEqual([
      'deployment task "se-activate" (Deploy and activate Standard Edition server and applications, Standard Edition) is performed by CONTOSO\\setup1 in [Administrators]; Table 1 requires RTCUniversalServerAdmins group and Domain Admins group (or membership of the setup delegation group) (OCS-ADM-1).',
    ]);
  });

  it("fires on the smallest change: RTCUniversalServerAdmins removed from the delegated activation", async () => {
    const resource = changed("se-activate", (p) => ({ ...p, principal: { ...p.principal, groups: ["OcsSetupDelegates"] } }));
    expect(await mandatory(resource)).toEqual([
      'deployment task "se-activate" (Deploy and activate Standard Edition server and applications, Standard Edition) is performed by CONTOSO\\setup1 in [OcsSetupDelegates]; Table 1 requires RTCUniversalServerAdmins group (OCS-ADM-1).',
    ]);
  });

  describe("setup delegation", () => {
    it("accepts membership of the delegation group, however the domain is written, for Domain Admins", () => {
      for (const group of ["OcsSetupDelegates", "CONTOSO\\OcsSetupDelegates", "ocssetupdelegates group"]) {
        const resource = changed("se-activate", (p) => ({
          ...p,
          principal: { ...p.principal, groups: ["RTCUniversalServerAdmins", group] },
        }));
        expect(findings(resource)).toEqual([]);
      }
    });

    it("names the delegation group when the principal is in neither it nor Domain Admins", () => {
      const resource = changed("se-activate", (p) => ({
        ...p,
        principal: { ...p.principal, groups: ["RTCUniversalServerAdmins"] },
      }));
      expect(findings(resource)).toEqual([
        `deployment task "se-activate" (Deploy and activate Standard Edition server and applications, Standard Edition) is performed by CONTOSO\\setup1 in [RTCUniversalServerAdmins]; Table 1 requires Domain Admins group (or membership of the setup delegation group ${DELEGATION.name}) (OCS-ADM-1).`,
      ]);
    });

    it("does not let a delegation group stand in when there is none configured on the task", () => {
      const resource = changed("se-activate", (p) => without(p, "delegationGroup"));
      expect(findings(resource)).toHaveLength(1);
    });
  });

  it("accepts the group spellings of the seed and of Active Directory", () => {
    const resource = changed("se-prereq", (p) => ({
      ...p,
      principal: { ...p.principal, groups: ["rtcuniversalserveradmins group", "CONTOSO\\DomainAdmins"] },
    }));
    expect(findings(resource)).toEqual([]);
  });

  describe("every alternative of an \"A or B\" line is accepted", () => {
    it.each([
      ["edge-server", "Set up Edge Servers", ["Administrators", "Domain Admins"]],
      ["edge-server", "Set up Edge Servers", ["Administrators", "RTCUniversalServerAdmins"]],
      ["archiving-server", "Install and activate Archiving Server", ["Administrators group", "DomainAdmins"]],
      ["archiving-server", "Install and activate Archiving Server", ["Administrators group", "RTCUniversalServerAdmins"]],
      ["communicator-web-access", "Create virtual server", ["Domain Admins"]],
      ["communicator-web-access", "Publish Communicator Web Access URLs", ["RTCUniversalServerAdmins", "Local Administrator"]],
      [
        "standard-edition",
        "Prepare Active Directory Domain Services (AD DS)",
        ["Schema Admins", "Administrator rights on the schema master", "EnterpriseAdmins"],
      ],
      [
        "enterprise-edition-consolidated",
        "Prepare AD DS",
        ["Schema Admins", "Administrator rights on the schema master", "Enterprise Admins", "Domain Admins"],
      ],
    ] as const)("%s / %s by %j", (component, procedure, groups) => {
      const resource = task("t", { component, procedure, principal: { name: "CONTOSO\\u", groups: [...groups] } });
      expect(findings(resource)).toEqual([]);
    });

    it("refuses a half of a conjoined alternative (RTCUniversalServerAdmins without local Administrators)", () => {
      const resource = task("cwa", {
        component: "communicator-web-access",
        procedure: "Manage Communicator Web Access settings",
        principal: { name: "CONTOSO\\u", groups: ["RTCUniversalServerAdmins"] },
      });
      expect(findings(resource)).toEqual([
        'deployment task "cwa" (Manage Communicator Web Access settings, Communicator Web Access) is performed by CONTOSO\\u in [RTCUniversalServerAdmins]; Table 1 requires Domain Admins, or RTCUniversalServerAdmins and local administrators (or membership of the setup delegation group) (OCS-ADM-1).',
      ]);
    });

    // Across the whole table: choosing alternative i of one term (the first of every other) satisfies the row.
    const cases: [string, string, string, string[]][] = [];
    const pick = (lines: readonly CredentialLine[], which: (termIndex: number) => number): Principal[] =>
      lines.flatMap((l, li) => l.terms.flatMap((t, ti) => [...(t.anyOf[which(li * 100 + ti)] ?? t.anyOf[0] ?? [])]));
    for (const section of credentialsTable) {
      for (const row of section.rows) {
        const names = row.kind === "procedure" ? [row.procedure] : [...row.alternatives];
        for (const procedure of names) {
          const lines = row.credentials.filter((c) => c.appliesTo === undefined || c.appliesTo === procedure);
          const all = [...lines, ...(row.kind === "procedure" ? row.steps.map((s) => s.credentials) : [])];
          all.forEach((l, li) =>
            l.terms.forEach((t, ti) =>
              t.anyOf.forEach((_alt, ai) =>
                cases.push([section.component, procedure, `${l.text} #${ai + 1}`, pick(all, (k) => (k === li * 100 + ti ? ai : 0))]),
              ),
            ),
          );
        }
      }
    }
    it.each(cases)("%s / %s: %s", (component, procedure, _line, groups) => {
      const resource = task("t", { component, procedure, principal: { name: "CONTOSO\\u", groups } });
      expect(findings(resource)).toEqual([]);
    });
  });

  it("fires on every row of the table for a principal without groups (Device Update Service asks for none)", () => {
    for (const section of credentialsTable) {
      for (const row of section.rows) {
        for (const procedure of row.kind === "procedure" ? [row.procedure] : row.alternatives) {
          const resource = task("t", { component: section.component, procedure, principal: { name: "CONTOSO\\u", groups: [] } });
          expect(findings(resource)).toHaveLength(section.component === "device-update-service" ? 0 : 1);
        }
      }
    }
  });

  describe("procedures and steps", () => {
    it("lists the valid procedures of the component when the procedure is unknown", async () => {
      const resource = changed("edge-setup", (p) => ({ ...p, procedure: "Install Edge Server" }));
      expect(await mandatory(resource)).toEqual([
        'deployment task "edge-setup" names procedure "Install Edge Server", which Table 1 does not list for Edge Server; the procedures of Edge Server are "Set up the infrastructure for Edge Servers", "Set up Edge Servers", "Configure the environment", "Validate edge configuration" (OCS-ADM-1).',
      ]);
    });

    it("does not accept a procedure of another component", () => {
      const resource = changed("se-configure", (p) => ({ ...p, component: "enterprise-edition-consolidated" }));
      expect(findings(resource)[0]).toContain('names procedure "Configure Standard Edition server", which Table 1 does not list for Enterprise Edition, Consolidated Topology');
    });

    it("lists the steps when the step is unknown", () => {
      const resource = changed("ev-pool", (p) => ({ ...p, step: "Create the pool" }));
      expect(findings(resource)).toEqual([
        'deployment task "ev-pool" names step "Create the pool" of "Deploy Office Communications Server" (Enterprise Voice stand-alone (no PBX coexistence)), which Table 1 does not list; its steps are "Create enterprise pool", "Configure pool", "Add server to pool", "Configure certificate", "Configure Web Components Server certificate", "Validate server and pool functionality" (OCS-ADM-1).',
      ]);
    });

    it("refuses a step on a procedure without steps", () => {
      const resource = changed("se-configure", (p) => ({ ...p, step: "Configure pool" }));
      expect(findings(resource)[0]).toContain('names step "Configure pool" but Table 1 lists no steps for "Configure Standard Edition server"');
    });

    it("requires every step's credentials when a stepped procedure is named without a step", () => {
      const resource = changed("ev-pool", (p) => without(p, "step"));
      expect(findings(resource)).toEqual([
        'deployment task "ev-pool" (Deploy Office Communications Server, Enterprise Voice stand-alone (no PBX coexistence)) is performed by CONTOSO\\setup1 in [RTCUniversalServerAdmins, Domain Admins]; Table 1 requires Local Administrator credentials (OCS-ADM-1).',
      ]);
    });

    it("keeps the SIP-trunking provider credential to the SIP-trunking alternative", () => {
      const groups = ["RTCUniversalServerAdmins"];
      const basic = task("gw", {
        component: "dial-in-conferencing",
        procedure: "Deploy a third-party basic media gateway",
        principal: { name: "CONTOSO\\u", groups },
      });
      expect(findings(basic)).toEqual([]);
      const trunk = changed("sip-trunk", (p) => ({ ...p, principal: { ...p.principal, groups } }));
      expect(findings(trunk)[0]).toContain("Table 1 requires Administrator of the SIP trunking provider");
    });
  });

  describe("configuration", () => {
    const gateway = task("gw", {
      component: "enterprise-voice-pbx-coexistence",
      procedure: "Deploy media gateways (if required)",
      principal: { name: "CONTOSO\\netadmin", groups: [] },
    });

    it("assumes by default that the media gateway needs trusted service entries", () => {
      expect(findings(gateway)).toEqual([
        'deployment task "gw" (Deploy media gateways (if required), Enterprise Voice with PBX Coexistence) is performed by CONTOSO\\netadmin in []; Table 1 requires a member of the RTCUniversalServerAdmins group (if the media gateway requires creation of trusted service entries) (OCS-ADM-1).',
      ]);
    });

    it("lets a team turn the conditional credentials off", () => {
      expect(findings(gateway, { enforceConditionalCredentials: false })).toEqual([]);
    });
  });

  it("reports principal groups unknown during preview as not verifiable, not as a violation", async () => {
    const resource = changed("se-configure", (p) => ({ ...p, principal: { ...p.principal, groups: UNKNOWN } }));
    const diagnostics = await analyze([policy], resource);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.enforcementLevel).toBe("advisory");
    expect(diagnostics[0]?.message).toContain("not verifiable until update");
    expect(diagnostics[0]?.message).toContain('deployment task "se-configure"');
  });

  it.each([
    ["groups that are not a list", (p: Record<string, unknown>) => ({ ...p, principal: { name: "CONTOSO\\u", groups: "Domain Admins" } })],
    ["a missing principal", (p: Record<string, unknown>) => ({ ...p, principal: undefined })],
    ["a component outside Table 1", (p: Record<string, unknown>) => ({ ...p, component: "director" })],
  ])("reports %s as malformed, without throwing", async (_name, change) => {
    const base = compliantTasks()[3] as EngineResource;
    const props = JSON.parse(JSON.stringify(change(base.props))) as Record<string, unknown>;
    const messages = await mandatory({ ...base, props });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("malformed");
    expect(messages[0]).toContain(`deployment task "${base.name}"`);
  });
});
