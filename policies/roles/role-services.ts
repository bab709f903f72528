import type { ServerKind } from "./server-kinds";

/**
 * The services each server role installs with role-based setup (OCS-ROLE-1). A service outside
 * its role's list is an extra service on that computer; teams extend a list through the
 * `extraServices` configuration of `server-limit-services-to-role`, never by editing this table.
 */
const frontEndServices = [
  "front-end",
  "web-components",
  "im-conferencing",
  "web-conferencing",
  "av-conferencing",
  "telephony-conferencing",
  "application-host",
  "device-update",
] as const;

export const roleServices: Readonly<Record<ServerKind, readonly string[]>> = {
  // Standard Edition puts the front end, web components and SQL Server Express on one computer.
  standardEditionServer: [...frontEndServices, "sql-express"],
  // The pool's database is a separate SQL Server back end, so front ends carry no SQL Server.
  enterprisePool: frontEndServices,
  edgeServer: ["access-edge", "web-conferencing-edge", "av-edge", "av-authentication"],
  mediationServer: ["mediation"],
  archivingServer: ["archiving", "message-queuing"],
  monitoringServer: ["monitoring", "cdr", "qoe", "message-queuing"],
  communicatorWebAccess: ["communicator-web-access", "iis"],
  groupChatServer: ["lookup", "channel", "compliance"],
};

/**
 * Groups that give administrative rights over the domain, the forest or OCS; a service account
 * in one of them holds permissions beyond its role.
 */
export const administrativeGroups: readonly string[] = [
  "Domain Admins",
  "Enterprise Admins",
  "Schema Admins",
  "Administrators",
  "RTCUniversalServerAdmins",
  "RTCUniversalUserAdmins",
];
