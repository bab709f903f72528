import { z } from "zod";
import { catalog } from "../../components/model/catalog";
import { resourcePolicy } from "../framework/define";
import { administrativeGroups, roleServices } from "./role-services";
import { serverKinds, type ServerKind } from "./server-kinds";

const serviceList = z.array(z.string().trim().min(1)).optional();

/** Extra services a team allows per role, keyed by component kind; absent kinds allow none. */
const extraServices = z
  .strictObject(Object.fromEntries(serverKinds.map((k) => [k, serviceList])) as Record<ServerKind, typeof serviceList>)
  .default({});

const normalise = (name: string) => name.trim().toLowerCase();

export const serverLimitServicesToRole = resourcePolicy({
  name: "server-limit-services-to-role",
  requirements: ["OCS-ROLE-1"],
  description:
    "A server installs only the services of its role, and its service accounts belong to no administrative group.",
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: [...serverKinds],
  seed: {
    document: "000",
    section: "Trustworthy by Default",
    text: "In addition, role-based setup makes it possible to deploy Office Communications Servers so that only the services, and the permissions related to those services, are installed as appropriate on each server role.",
  },
  remediationSteps:
    "Uninstall the extra service from the server (Programs and Features, or run OCS Setup again and clear the component), or move it to a computer of its own, then remove it from `services`; if the service is an accepted part of the role in your organisation, list it in this policy's `extraServices` configuration for that role. Remove each service account from Domain Admins, Enterprise Admins, Schema Admins, Administrators, RTCUniversalServerAdmins and RTCUniversalUserAdmins in Active Directory Users and Computers: OCS service accounts need only the RTC service groups that forest preparation creates.",
  config: z.object({
    extraServices,
    /** Groups a service account must not belong to (compared without regard to case). */
    administrativeGroups: z.array(z.string().trim().min(1)).default([...administrativeGroups]),
  }),
  check(member, ctx) {
    const kind = member.kind;
    const allowed = [...roleServices[kind], ...(ctx.config.extraServices[kind] ?? [])];
    const allowedSet = new Set(allowed.map(normalise));
    const role = catalog[kind].label;
    const extra = member.model.services
      .filter((service) => !allowedSet.has(normalise(service)))
      .map(
        (service) =>
          `${member.subject} has service "${service}" installed; the ${role} role allows only ${allowed.join(", ")}`,
      );
    const adminGroups = new Map(ctx.config.administrativeGroups.map((g) => [normalise(g), g]));
    const privileged = (member.model.serviceAccounts ?? []).flatMap((account) =>
      account.groups
        .filter((group) => adminGroups.has(normalise(group)))
        .map(
          (group) =>
            `${member.subject} service account "${account.name}" is a member of ${group}; service accounts must belong to none of ${ctx.config.administrativeGroups.join(", ")}`,
        ),
    );
    return [...extra, ...privileged];
  },
});
