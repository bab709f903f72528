import type { Certificate, Kind, ModelOf } from "../../components/model";
import { type DocumentMember, type MemberList, memberKinds, TOPOLOGY_DOCUMENT_API_VERSION, type TopologyDocument } from "../../components/document";

/**
 * The reference topology as plain data: Contoso's OCS 2007 R2 deployment (SIP domain contoso.com),
 * with a central site (redmond: Enterprise pool, Edge, Mediation Server, Archiving, Monitoring,
 * Communicator Web Access, Group Chat) and a branch site (dublin: Standard Edition server and its
 * own Mediation Server). It satisfies every rule of the policy pack, mandatory and advisory.
 *
 * It is a topology document (examples/reference/topology.yaml is this spec written out by
 * scripts/topology-documents.mjs) and data, not a program: `referenceSpec()` returns a fresh object on every call so that a
 * violation example (or a test) can change one value and build or analyse the result. References
 * between members are the target's FQDN (or a location profile's name), as in the model the
 * policies see.
 */

/** One member of the spec: its Pulumi resource name and its model. */
export type Member<K extends Kind> = DocumentMember<K>;

/** A topology document with every member list present (possibly empty), so a change can reach any of them. */
export type ReferenceSpec = TopologyDocument & { [L in MemberList]-?: NonNullable<TopologyDocument[L]> };

export { memberKinds, type MemberList };

/** FQDNs and names the members use to refer to one another, written once. */
export const names = {
  sipDomain: "contoso.com",
  pool: "pool01.contoso.com",
  frontEnds: ["fe01.contoso.com", "fe02.contoso.com"],
  standardEdition: "se01.dublin.contoso.com",
  edge: "edge-int.contoso.com",
  accessEdge: "access.contoso.com",
  webConferencingEdge: "webconf.contoso.com",
  avEdge: "av.contoso.com",
  mediationRedmond: "med01.contoso.com",
  mediationDublin: "med01.dublin.contoso.com",
  archiving: "arch01.contoso.com",
  monitoring: "mon01.contoso.com",
  cwa: "cwa01.contoso.com",
  cwaSite: "im.contoso.com",
  groupChat: "gc01.contoso.com",
  dialPlanRedmond: "redmond.contoso.com",
  dialPlanDublin: "dublin.contoso.com",
  umRedmond: "um01.contoso.com",
  umDublin: "um01.dublin.contoso.com",
  setupDelegates: "OCS-Setup-Delegates",
} as const;

/**
 * A certificate as the deployment guide wants it: Server Authentication EKU, a 2,048-bit key,
 * valid until 2030, from the enterprise CA unless said otherwise. `serial` keeps thumbprints
 * distinct (reuse between the A/V authentication service and the Edge services is a violation).
 */
function certificate(serial: number, subject: string, sans: string[] = [subject], issuerType: "enterprise" | "public" = "enterprise"): Certificate {
  return {
    subject,
    subjectAlternativeNames: sans,
    issuer: issuerType === "public" ? "CN=Trusted Public Root CA G2" : "CN=Contoso Enterprise CA, DC=contoso, DC=com",
    issuerType,
    notAfter: "2030-01-01",
    enhancedKeyUsages: ["server-authentication"],
    keySize: 2048,
    // 40 hex digits, different for every serial.
    thumbprint: `${serial.toString(16).padStart(4, "0")}c0ffee${"5e".repeat(15)}`,
  };
}

/** Services of a Standard Edition server or pool front end (role catalog of ROLE-1). */
const frontEndServices = [
  "front-end",
  "web-components",
  "im-conferencing",
  "web-conferencing",
  "av-conferencing",
  "telephony-conferencing",
  "application-host",
  "device-update",
];

/** Service accounts hold only the RTC service groups forest preparation creates, no admin group. */
function serviceAccount(name: string, group: string) {
  return { name: `CONTOSO\\${name}`, groups: [group] };
}

/** The Mediation Server port and transport defaults of the deployment guide. */
function mediationServer(
  fqdn: string,
  site: string,
  serial: number,
  internal: { ip: string; subnet: string },
  external: { ip: string; subnet: string },
  nextHop: string,
): ModelOf<"mediationServer"> {
  return {
    fqdn,
    site,
    certificate: certificate(serial, fqdn),
    services: ["mediation"],
    serviceAccounts: [serviceAccount("RTCComponentService", "RTCComponentUniversalServices")],
    internal: { adapter: "Internal", ...internal, port: 5061, transport: "mtls" },
    external: { adapter: "External", ...external, port: 5060, transport: "tls" },
    mediaPortRange: { start: 60000, end: 64000 },
    nextHop,
    mediaEncryption: "required",
  };
}

/** A Table 1 task: who performs which procedure of which component. */
function task(
  component: ModelOf<"deploymentTask">["component"],
  procedure: string,
  principal: string,
  groups: string[],
  target?: string,
): ModelOf<"deploymentTask"> {
  return {
    component,
    procedure,
    ...(target === undefined ? {} : { target }),
    principal: { name: `CONTOSO\\${principal}`, groups },
  };
}

/** Returns a fresh copy of the reference topology. */
export function referenceSpec(): ReferenceSpec {
  const delegation = { name: names.setupDelegates, scope: "global" as const };
  return {
    apiVersion: TOPOLOGY_DOCUMENT_API_VERSION,
    topology: {
      name: "contoso",
      args: { organization: "Contoso", sipDomains: [names.sipDomain], sites: ["redmond", "dublin"] },
    },
    standardEditionServers: [
      {
        name: "se-dublin",
        args: {
          fqdn: names.standardEdition,
          site: "dublin",
          ip: "10.2.1.10",
          certificate: certificate(1, names.standardEdition, [names.standardEdition, "sip.contoso.com"]),
          services: [...frontEndServices, "sql-express"],
          serviceAccounts: [
            serviceAccount("RTCService", "RTCHSUniversalServices"),
            serviceAccount("RTCComponentService", "RTCComponentUniversalServices"),
          ],
          sipListeners: [{ port: 5061, transport: "mtls" }],
          mediaEncryption: "required",
          authentication: ["kerberos", "ntlm"],
        },
      },
    ],
    enterprisePools: [
      {
        name: "pool-redmond",
        args: {
          fqdn: names.pool,
          site: "redmond",
          frontEnds: [
            { fqdn: names.frontEnds[0], ip: "10.1.1.11" },
            { fqdn: names.frontEnds[1], ip: "10.1.1.12" },
          ],
          backEnd: { sqlServer: "sql01.contoso.com", instance: "RTC" },
          loadBalancer: { fqdn: "pool01-vip.contoso.com", virtualIp: "10.1.1.10" },
          certificate: certificate(2, names.pool, [names.pool, ...names.frontEnds, "sip.contoso.com"]),
          services: [...frontEndServices],
          serviceAccounts: [
            serviceAccount("RTCService", "RTCHSUniversalServices"),
            serviceAccount("RTCComponentService", "RTCComponentUniversalServices"),
          ],
          sipListeners: [{ port: 5061, transport: "mtls" }],
          mediaEncryption: "required",
          authentication: ["kerberos", "ntlm"],
        },
      },
    ],
    edgeServers: [
      {
        name: "edge-redmond",
        args: {
          fqdn: names.edge,
          site: "redmond",
          certificate: certificate(3, names.edge),
          services: ["access-edge", "web-conferencing-edge", "av-edge", "av-authentication"],
          serviceAccounts: [serviceAccount("RTCProxyService", "RTCProxyUniversalServices")],
          internalInterface: { ip: "10.1.5.10", subnet: "10.1.5.0/24" },
          sipListeners: [{ port: 5061, transport: "mtls" }],
          accessEdge: {
            fqdn: names.accessEdge,
            ip: "131.107.1.10",
            sipPort: 5061,
            remoteUserPort: 443,
            // Federation needs a certificate from a public CA on the Access Edge.
            certificate: certificate(4, names.accessEdge, [names.accessEdge, "sip.contoso.com"], "public"),
          },
          webConferencingEdge: {
            fqdn: names.webConferencingEdge,
            ip: "131.107.1.11",
            port: 443,
            certificate: certificate(5, names.webConferencingEdge),
          },
          avEdge: {
            fqdn: names.avEdge,
            ip: "131.107.1.12",
            udpPort: 3478,
            tcpPort: 443,
            // fabrikam.com still runs OCS 2007 and federates A/V: the 2007 ranges stay open both ways.
            externalPortRules: [
              { protocol: "tcp", direction: "inbound", ports: { start: 50000, end: 59999 } },
              { protocol: "tcp", direction: "outbound", ports: { start: 50000, end: 59999 } },
              { protocol: "udp", direction: "inbound", ports: { start: 50000, end: 59999 } },
              { protocol: "udp", direction: "outbound", ports: { start: 50000, end: 59999 } },
            ],
          },
          avAuthentication: { port: 5062, certificate: certificate(6, names.edge) },
          federation: {
            enabled: true,
            publicImConnectivity: false,
            partners: [
              { domain: "fabrikam.com", edgeVersion: "ocs-2007", audioVideo: true },
              { domain: "northwindtraders.com", edgeVersion: "ocs-2007-r2", audioVideo: true },
            ],
          },
          remoteUserAccess: true,
          // Remote users authenticate with NTLM; the Edge is exempt from the Kerberos rule.
          authentication: ["ntlm"],
        },
      },
    ],
    mediationServers: [
      {
        name: "med-redmond",
        args: mediationServer(
          names.mediationRedmond,
          "redmond",
          7,
          { ip: "10.1.10.5", subnet: "10.1.10.0/24" },
          { ip: "10.1.20.5", subnet: "10.1.20.0/24" },
          names.pool,
        ),
      },
      {
        name: "med-dublin",
        args: mediationServer(
          names.mediationDublin,
          "dublin",
          8,
          { ip: "10.2.10.5", subnet: "10.2.10.0/24" },
          { ip: "10.2.20.5", subnet: "10.2.20.0/24" },
          names.standardEdition,
        ),
      },
    ],
    mediaGateways: [
      {
        name: "gw-redmond",
        args: {
          kind: "basic-gateway",
          fqdn: "gw01.contoso.com",
          ip: "10.1.20.20",
          port: 5061,
          transport: "tls",
          mediationServer: names.mediationRedmond,
          nextHop: { ip: "10.1.20.5", port: 5060 },
          certificate: certificate(9, "gw01.contoso.com"),
        },
      },
      {
        name: "gw-dublin",
        args: {
          kind: "basic-gateway",
          fqdn: "gw01.dublin.contoso.com",
          ip: "10.2.20.20",
          port: 5061,
          transport: "tls",
          mediationServer: names.mediationDublin,
          nextHop: { ip: "10.2.20.5", port: 5060 },
          certificate: certificate(10, "gw01.dublin.contoso.com"),
        },
      },
      {
        // The provider's session border controller is outside both of Contoso's networks.
        name: "trunk-litware",
        args: {
          kind: "sip-trunk",
          fqdn: "sbc.litwareinc.com",
          ip: "131.107.200.20",
          port: 5061,
          transport: "tls",
          mediationServer: names.mediationRedmond,
          nextHop: { ip: "10.1.20.5", port: 5060 },
          certificate: certificate(11, "sbc.litwareinc.com", ["sbc.litwareinc.com"], "public"),
        },
      },
    ],
    locationProfiles: [
      { name: "lp-redmond", args: { name: names.dialPlanRedmond, exchangeUm: true, site: "redmond" } },
      { name: "lp-dublin", args: { name: names.dialPlanDublin, exchangeUm: true, site: "dublin" } },
    ],
    umDialPlans: [
      {
        name: "dp-redmond",
        args: {
          fqdn: names.dialPlanRedmond,
          voipSecurity: "Secured",
          mutualTls: true,
          srtp: true,
          locationProfile: names.dialPlanRedmond,
          servesPools: [names.pool],
          umServers: [names.umRedmond],
        },
      },
      {
        name: "dp-dublin",
        args: {
          fqdn: names.dialPlanDublin,
          voipSecurity: "Secured",
          mutualTls: true,
          srtp: true,
          locationProfile: names.dialPlanDublin,
          servesPools: [names.standardEdition],
          umServers: [names.umDublin],
        },
      },
    ],
    clientEncryptionPolicies: [{ name: "client-encryption-global", args: { level: "required", appliesTo: "global" } }],
    ipsecPolicies: [
      {
        name: "ipsec",
        args: {
          required: true,
          exemptions: [
            {
              // 4,001 ports: the Mediation Server default media range, the largest the rule allows.
              name: "mediation-media",
              protocol: "udp",
              ports: { start: 60000, end: 64000 },
              appliesTo: [names.mediationRedmond, names.mediationDublin],
            },
            {
              name: "av-edge-media",
              protocol: "udp",
              ports: { start: 50000, end: 59999 },
              appliesTo: [names.edge, names.avEdge],
            },
            {
              name: "av-conferencing-media",
              protocol: "udp",
              ports: { start: 49152, end: 57500 },
              appliesTo: [names.pool, names.standardEdition],
            },
            {
              name: "exchange-um-media",
              protocol: "udp",
              ports: { start: 10000, end: 14000 },
              appliesTo: [names.umRedmond, names.umDublin],
            },
          ],
        },
      },
    ],
    archivingServers: [
      {
        name: "arch-redmond",
        args: {
          fqdn: names.archiving,
          site: "redmond",
          certificate: certificate(12, names.archiving),
          services: ["archiving", "message-queuing"],
          serviceAccounts: [serviceAccount("RTCComponentService", "RTCComponentUniversalServices")],
          pools: [names.pool, names.standardEdition],
          database: { sqlServer: "sql02.contoso.com" },
        },
      },
    ],
    monitoringServers: [
      {
        name: "mon-redmond",
        args: {
          fqdn: names.monitoring,
          site: "redmond",
          certificate: certificate(13, names.monitoring),
          services: ["monitoring", "cdr", "qoe", "message-queuing"],
          serviceAccounts: [serviceAccount("RTCComponentService", "RTCComponentUniversalServices")],
          pools: [names.pool, names.standardEdition],
          database: { sqlServer: "sql02.contoso.com" },
        },
      },
    ],
    communicatorWebAccess: [
      {
        name: "cwa-redmond",
        args: {
          fqdn: names.cwa,
          site: "redmond",
          // Subject is the site URL; the server FQDN is a SAN.
          certificate: certificate(14, names.cwaSite, [names.cwaSite, names.cwa]),
          services: ["communicator-web-access", "iis"],
          serviceAccounts: [serviceAccount("RTCComponentService", "RTCComponentUniversalServices")],
          siteUrl: names.cwaSite,
          pool: names.pool,
          authentication: ["kerberos", "ntlm"],
          remoteUserAccess: true,
        },
      },
    ],
    groupChatServers: [
      {
        name: "groupchat-redmond",
        args: {
          fqdn: names.groupChat,
          site: "redmond",
          certificate: certificate(15, names.groupChat),
          services: ["lookup", "channel", "compliance"],
          serviceAccounts: [serviceAccount("RTCGroupChatService", "RTCComponentUniversalServices")],
          pool: names.pool,
          database: { sqlServer: "sql02.contoso.com" },
        },
      },
    ],
    deploymentTasks: [
      {
        name: "task-prepare-ad",
        args: task(
          "standard-edition",
          "Prepare Active Directory Domain Services (AD DS)",
          "forest-admin",
          // Table 1: Schema Admins with administrator rights on the schema master, and Enterprise
          // Admins of the forest root (which also meets "EnterpriseAdmins or DomainAdmins").
          ["Schema Admins", "Enterprise Admins", "Administrator rights on the schema master"],
        ),
      },
      {
        name: "task-activate-se-dublin",
        args: {
          // The setup delegation group stands in for Domain Admins.
          ...task(
            "standard-edition",
            "Deploy and activate Standard Edition server and applications",
            "ocs-setup",
            ["RTCUniversalServerAdmins", names.setupDelegates],
            names.standardEdition,
          ),
          delegationGroup: delegation,
        },
      },
      {
        name: "task-configure-se-dublin",
        args: task("standard-edition", "Configure Standard Edition server", "ocs-admin", ["RTCUniversalServerAdmins"], names.standardEdition),
      },
      {
        name: "task-create-pool",
        args: {
          ...task(
            "enterprise-edition-consolidated",
            "Create the pool",
            "ocs-setup",
            ["RTCUniversalServerAdmins", names.setupDelegates],
            names.pool,
          ),
          delegationGroup: { ...delegation },
        },
      },
      {
        name: "task-configure-pool",
        args: task(
          "enterprise-edition-consolidated",
          "Configure the pool and applications",
          "ocs-admin",
          ["RTCUniversalServerAdmins"],
          names.pool,
        ),
      },
      {
        name: "task-setup-edge",
        args: task("edge-server", "Set up Edge Servers", "edge-admin", ["Administrators", "RTCUniversalServerAdmins"], names.edge),
      },
      {
        name: "task-deploy-mediation",
        args: task("dial-in-conferencing", "Deploy a Mediation Server", "ocs-admin", ["RTCUniversalServerAdmins"], names.mediationRedmond),
      },
      {
        name: "task-location-profiles",
        args: task("dial-in-conferencing", "Create one or more location profiles", "ocs-admin", ["RTCUniversalServerAdmins"]),
      },
      {
        name: "task-activate-archiving",
        args: task(
          "archiving-server",
          "Install and activate Archiving Server",
          "ocs-setup",
          ["Administrators", "RTCUniversalServerAdmins"],
          names.archiving,
        ),
      },
      {
        name: "task-activate-monitoring",
        args: task(
          "monitoring-server",
          "Install and activate Monitoring Server",
          "ocs-setup",
          ["Administrators", "RTCUniversalServerAdmins"],
          names.monitoring,
        ),
      },
      {
        name: "task-cwa-virtual-server",
        args: task(
          "communicator-web-access",
          "Create virtual server",
          "ocs-setup",
          ["RTCUniversalServerAdmins", "Administrators"],
          names.cwa,
        ),
      },
      {
        name: "task-install-group-chat",
        args: task("group-chat", "Install Group Chat", "groupchat-admin", ["Administrators"], names.groupChat),
      },
    ],
  };
}
