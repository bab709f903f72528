import { roleServices } from "../../../policies/roles/role-services";
import { serverLimitServicesToRole } from "../../../policies/roles/server-limit-services-to-role";
import { serverKinds } from "../../../policies/roles/server-kinds";
import { changed, diagnosticsOf } from "../../fixtures/one-of-each-kind";
import { memberPolicySuite } from "../suite/member-suite";

type Props = Record<string, unknown>;
const services = (p: Props) => p.services as string[];

memberPolicySuite({
  policy: serverLimitServicesToRole,
  name: "server-limit-services-to-role",
  requirements: ["OCS-ROLE-1"],
  level: "mandatory",
  kinds: [...serverKinds],
  breaking: [
    {
      name: "the Standard Edition server installs an unknown service",
      kind: "standardEditionServer",
      change: (p) => void services(p).push("sql-server-reporting"),
      says: ['has service "sql-server-reporting" installed', "the Standard Edition server role allows only front-end,", "sql-express"],
    },
    {
      name: "a pool front end installs SQL Server Express",
      kind: "enterprisePool",
      change: (p) => void services(p).push("sql-express"),
      says: ['has service "sql-express" installed', "the Enterprise pool role allows only front-end,"],
    },
    {
      name: "the Edge Server installs IIS",
      kind: "edgeServer",
      change: (p) => void services(p).push("iis"),
      says: ['has service "iis" installed', "access-edge, web-conferencing-edge, av-edge, av-authentication"],
    },
    {
      name: "the Mediation Server also runs the front end",
      kind: "mediationServer",
      change: (p) => void services(p).push("front-end"),
      says: ['has service "front-end" installed', "the Mediation Server role allows only mediation"],
    },
    {
      name: "a service account is in Domain Admins, whatever its case",
      kind: "archivingServer",
      change: (p) => void (p.serviceAccounts = [{ name: "svc-arch", groups: ["domain admins"] }]),
      says: ['service account "svc-arch" is a member of domain admins', "must belong to none of Domain Admins, Enterprise Admins"],
    },
    {
      name: "a service account is in RTCUniversalServerAdmins",
      kind: "groupChatServer",
      change: (p) => void (p.serviceAccounts = [{ name: "svc-gc", groups: ["RTCHSUniversalServices", "RTCUniversalServerAdmins"] }]),
      says: ['"svc-gc" is a member of RTCUniversalServerAdmins'],
    },
  ],
  config: [
    {
      name: "extraServices allows a listed service for one role",
      kind: "standardEditionServer",
      change: (p) => void services(p).push("sql-server-reporting"),
      config: { extraServices: { standardEditionServer: ["sql-server-reporting"] } },
      violations: [1, 0],
    },
    {
      name: "extraServices of another role do not apply",
      kind: "standardEditionServer",
      change: (p) => void services(p).push("sql-server-reporting"),
      config: { extraServices: { monitoringServer: ["sql-server-reporting"] } },
      violations: [1, 1],
    },
    {
      name: "administrativeGroups can name another privileged group",
      kind: "monitoringServer",
      change: (p) => void (p.serviceAccounts = [{ name: "svc-mon", groups: ["Backup Operators"] }]),
      config: { administrativeGroups: ["Backup Operators"] },
      violations: [0, 1],
    },
  ],
  unknown: { kind: "standardEditionServer", change: (p, u) => void (services(p)[1] = u) },
  malformed: { kind: "communicatorWebAccess", change: (p) => void (p.services = "iis") },
});

describe("role catalogs", () => {
  it.each(serverKinds.map((k) => [k] as const))("%s installs every service of its own catalog without a finding", async (kind) => {
    const server = changed(kind, (p) => void (p.services = [...roleServices[kind]]));
    expect(await diagnosticsOf(serverLimitServicesToRole, server)).toEqual([]);
  });

  it("compares service names without regard to case", async () => {
    const server = changed("mediationServer", (p) => void (p.services = ["Mediation"]));
    expect(await diagnosticsOf(serverLimitServicesToRole, server)).toEqual([]);
  });

  it("rejects a configuration naming an unknown role", () => {
    expect(() => serverLimitServicesToRole.resolveConfig({ extraServices: { director: ["x"] } })).toThrow(
      "Policy server-limit-services-to-role configuration: field extraServices.director is not part of the model",
    );
  });
});
