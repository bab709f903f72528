import type { EngineResource } from "../../harness/engine";

/**
 * Deployment tasks for the admin policy tests: each one compliant with both ADM-1 and ADM-2, so a
 * test changes one field and sees exactly the policy it means to trip.
 */
export interface TaskProps {
  component: string;
  procedure: string;
  step?: string;
  target?: string;
  principal: { name: string; groups: unknown };
  delegationGroup?: { name: string; scope: string };
  [key: string]: unknown;
}

export function task(name: string, props: TaskProps): EngineResource {
  return { kind: "deploymentTask", name, props: props as Record<string, unknown> };
}

export const DELEGATION = { name: "CONTOSO\\OcsSetupDelegates", scope: "universal" };

export function compliantTasks(): EngineResource[] {
  return [
    task("se-prereq", {
      component: "standard-edition",
      procedure: "Install prerequisite software",
      target: "se01.contoso.com",
      principal: { name: "CONTOSO\\setup1", groups: ["RTCUniversalServerAdmins", "Domain Admins"] },
    }),
    task("se-prepare-ad", {
      component: "standard-edition",
      procedure: "Prepare Active Directory Domain Services (AD DS)",
      principal: {
        name: "CONTOSO\\forestadmin",
        groups: ["Schema Admins", "Administrator rights on the schema master", "Enterprise Admins"],
      },
    }),
    task("se-activate", {
      component: "standard-edition",
      procedure: "Deploy and activate Standard Edition server and applications",
      target: "se01.contoso.com",
      principal: { name: "CONTOSO\\setup1", groups: ["RTCUniversalServerAdmins", "OcsSetupDelegates"] },
      delegationGroup: DELEGATION,
    }),
    task("se-configure", {
      component: "standard-edition",
      procedure: "Configure Standard Edition server",
      target: "se01.contoso.com",
      principal: { name: "CONTOSO\\ocsadmin", groups: ["RTCUniversalServerAdmins"] },
    }),
    task("se-certificates", {
      component: "standard-edition",
      procedure: "Configure certificates for Office Communications Server",
      target: "se01.contoso.com",
      principal: { name: "CONTOSO\\ocsadmin", groups: ["Administrators", "RTCUniversalServerAdmins"] },
    }),
    task("edge-setup", {
      component: "edge-server",
      procedure: "Set up Edge Servers",
      target: "edge01.contoso.com",
      principal: { name: "EDGE01\\Administrator", groups: ["Administrators", "RTCUniversalServerAdmins"] },
    }),
    task("mediation-deploy", {
      component: "dial-in-conferencing",
      procedure: "Deploy a Mediation Server",
      target: "med01.contoso.com",
      principal: { name: "CONTOSO\\ocsadmin", groups: ["RTCUniversalServerAdmins"] },
    }),
    task("sip-trunk", {
      component: "dial-in-conferencing",
      procedure: "Configure the Mediation Server to perform SIP trunking",
      target: "med01.contoso.com",
      principal: { name: "CONTOSO\\voiceadmin", groups: ["RTCUniversalServerAdmins", "SIP trunking provider administrator"] },
    }),
    task("ev-pool", {
      component: "enterprise-voice-standalone",
      procedure: "Deploy Office Communications Server",
      step: "Create enterprise pool",
      target: "pool01.contoso.com",
      principal: { name: "CONTOSO\\setup1", groups: ["RTCUniversalServerAdmins", "Domain Admins"] },
    }),
    task("cwa-virtual-server", {
      component: "communicator-web-access",
      procedure: "Create virtual server",
      target: "cwa01.contoso.com",
      principal: { name: "CONTOSO\\ocsadmin", groups: ["RTCUniversalServerAdmins", "Administrators"] },
    }),
  ];
}

/** One task of `compliantTasks()` with some props replaced. */
export function changed(name: string, change: (props: TaskProps) => TaskProps): EngineResource {
  const base = compliantTasks().find((t) => t.name === name);
  if (!base) throw new Error(`no compliant task ${name}`);
  return { ...base, props: change(structuredClone(base.props) as TaskProps) as Record<string, unknown> };
}

/** The props without one optional field. */
export function without(props: TaskProps, key: "step" | "delegationGroup"): TaskProps {
  return Object.fromEntries(Object.entries(props).filter(([k]) => k !== key)) as TaskProps;
}
