/**
 * A compact compliant topology for the certificate, encryption, role, edge and placement policy
 * tests: one member of every server kind plus a global client policy, as plain models the way the
 * engine delivers them. Each test copies it and changes one field.
 */
import { catalog, type Kind } from "../../../components/model/catalog";
import type { OcsPolicy } from "../../../policies/framework/define";
import type { StackResource } from "../../../policies/framework/topology-view";
import { analyze, type Diagnostic, type EngineResource, urnOf } from "../../harness/engine";

type Props = Record<string, unknown>;

let serial = 0;
/** A certificate as a peer sees it; each call gets its own thumbprint unless one is given. */
export function certificate(subject: string, extra: Props = {}): Props {
  serial += 1;
  return {
    subject,
    issuer: "CN=Contoso Enterprise CA",
    issuerType: "enterprise",
    notAfter: "2099-12-31",
    enhancedKeyUsages: ["server-authentication", "client-authentication"],
    keySize: 2048,
    thumbprint: serial.toString(16).padStart(40, "a"),
    ...extra,
  };
}

const serviceAccounts = [{ name: "svc-ocs", groups: ["RTCComponentUniversalServices"] }];

function build(): EngineResource[] {
  return [
    { kind: "topology", name: "contoso", props: { organization: "Contoso", sipDomains: ["contoso.com"], sites: ["central"] } },
    {
      kind: "standardEditionServer",
      name: "se-1",
      topology: "contoso",
      props: {
        fqdn: "se01.contoso.com",
        site: "central",
        certificate: certificate("se01.contoso.com", { subjectAlternativeNames: ["sip.contoso.com"] }),
        services: ["front-end", "web-components", "im-conferencing", "av-conferencing", "sql-express"],
        serviceAccounts,
        ip: "10.0.1.10",
        sipListeners: [{ port: 5061, transport: "mtls" }],
        mediaEncryption: "required",
        authentication: ["kerberos", "ntlm"],
      },
    },
    {
      kind: "enterprisePool",
      name: "pool-1",
      topology: "contoso",
      props: {
        fqdn: "pool01.contoso.com",
        site: "central",
        frontEnds: [
          { fqdn: "fe01.contoso.com", ip: "10.0.1.21" },
          { fqdn: "fe02.contoso.com", ip: "10.0.1.22" },
        ],
        backEnd: { sqlServer: "sql01.contoso.com" },
        loadBalancer: { fqdn: "pool01.contoso.com", virtualIp: "10.0.1.20" },
        certificate: certificate("pool01.contoso.com", { subjectAlternativeNames: ["sip.contoso.com"] }),
        services: ["front-end", "web-components", "web-conferencing", "av-conferencing", "telephony-conferencing"],
        serviceAccounts,
        sipListeners: [{ port: 5061, transport: "mtls" }],
        mediaEncryption: "required",
        authentication: ["kerberos", "ntlm"],
      },
    },
    {
      kind: "edgeServer",
      name: "edge-1",
      topology: "contoso",
      props: {
        fqdn: "edge-int.contoso.com",
        site: "central",
        certificate: certificate("edge-int.contoso.com"),
        services: ["access-edge", "web-conferencing-edge", "av-edge", "av-authentication"],
        serviceAccounts,
        internalInterface: { ip: "10.0.5.10", subnet: "10.0.5.0/24" },
        sipListeners: [{ port: 5061, transport: "mtls" }],
        accessEdge: {
          fqdn: "sip.contoso.com",
          ip: "131.107.1.10",
          sipPort: 5061,
          remoteUserPort: 443,
          certificate: certificate("sip.contoso.com", { issuer: "CN=Public Root CA", issuerType: "public" }),
        },
        webConferencingEdge: {
          fqdn: "webconf.contoso.com",
          ip: "131.107.1.11",
          port: 443,
          certificate: certificate("webconf.contoso.com", { issuer: "CN=Public Root CA", issuerType: "public" }),
        },
        avEdge: {
          fqdn: "av.contoso.com",
          ip: "131.107.1.12",
          udpPort: 3478,
          tcpPort: 443,
          externalPortRules: [
            { protocol: "tcp", direction: "inbound", ports: { start: 50000, end: 59999 } },
            { protocol: "tcp", direction: "outbound", ports: { start: 50000, end: 59999 } },
            { protocol: "udp", direction: "inbound", ports: { start: 50000, end: 59999 } },
            { protocol: "udp", direction: "outbound", ports: { start: 50000, end: 59999 } },
          ],
        },
        avAuthentication: { port: 5062, certificate: certificate("edge-int.contoso.com") },
        federation: {
          enabled: true,
          publicImConnectivity: false,
          partners: [{ domain: "fabrikam.com", edgeVersion: "ocs-2007", audioVideo: true }],
        },
        remoteUserAccess: true,
        authentication: ["ntlm"],
      },
    },
    {
      kind: "mediationServer",
      name: "med-1",
      topology: "contoso",
      props: {
        fqdn: "med01.contoso.com",
        site: "central",
        certificate: certificate("med01.contoso.com"),
        services: ["mediation"],
        internal: { adapter: "NIC1", ip: "10.0.1.30", subnet: "10.0.1.0/24", port: 5061, transport: "mtls" },
        external: { adapter: "NIC2", ip: "10.0.2.30", subnet: "10.0.2.0/24", port: 5060, transport: "tls" },
        mediaPortRange: { start: 60000, end: 64000 },
        nextHop: "pool01.contoso.com",
        mediaEncryption: "required",
      },
    },
    {
      kind: "archivingServer",
      name: "arch-1",
      topology: "contoso",
      props: {
        fqdn: "arch01.contoso.com",
        site: "central",
        certificate: certificate("arch01.contoso.com"),
        services: ["archiving", "message-queuing"],
        pools: ["pool01.contoso.com"],
        database: { sqlServer: "sql01.contoso.com" },
      },
    },
    {
      kind: "monitoringServer",
      name: "mon-1",
      topology: "contoso",
      props: {
        fqdn: "mon01.contoso.com",
        site: "central",
        certificate: certificate("mon01.contoso.com"),
        services: ["monitoring", "cdr", "qoe", "message-queuing"],
        pools: ["pool01.contoso.com"],
        database: { sqlServer: "sql01.contoso.com" },
      },
    },
    {
      kind: "communicatorWebAccess",
      name: "cwa-1",
      topology: "contoso",
      props: {
        fqdn: "cwa01.contoso.com",
        site: "central",
        certificate: certificate("im.contoso.com", { subjectAlternativeNames: ["im.contoso.com", "cwa01.contoso.com"] }),
        services: ["communicator-web-access", "iis"],
        siteUrl: "im.contoso.com",
        pool: "pool01.contoso.com",
        authentication: ["kerberos", "ntlm"],
        remoteUserAccess: false,
      },
    },
    {
      kind: "groupChatServer",
      name: "gc-1",
      topology: "contoso",
      props: {
        fqdn: "gc01.contoso.com",
        site: "central",
        certificate: certificate("gc01.contoso.com"),
        services: ["lookup", "channel", "compliance"],
        pool: "pool01.contoso.com",
        database: { sqlServer: "sql01.contoso.com" },
      },
    },
    { kind: "clientEncryptionPolicy", name: "client-global", topology: "contoso", props: { level: "optional", appliesTo: "global" } },
  ];
}

/** A fresh copy of the compliant topology, safe to change. */
export function compliant(): EngineResource[] {
  // Not structuredClone: under jest it returns objects of another realm, which fail the SDK's
  // `instanceof Object` test, so its unknown-checking proxy would silently not wrap them.
  return JSON.parse(JSON.stringify(build())) as EngineResource[];
}

/** A fresh copy of the compliant member of a kind. */
export function resourceOf(kind: Kind): EngineResource {
  const found = compliant().find((r) => r.kind === kind);
  if (!found) throw new Error(`the fixture has no ${kind}`);
  return found;
}

/** The compliant member of a kind with one change applied to its props. */
export function changed(kind: Kind, change: (props: Props) => void): EngineResource {
  const resource = resourceOf(kind);
  change(resource.props);
  return resource;
}

/** The compliant topology with one member's props changed. */
export function topologyWith(kind: Kind, change: (props: Props) => void): EngineResource[] {
  const resources = compliant();
  const target = resources.find((r) => r.kind === kind);
  if (!target) throw new Error(`the fixture has no ${kind}`);
  change(target.props);
  return resources;
}

/** A resource as `OcsPolicy.evaluate` receives it. */
export function asStackResource(resource: EngineResource): StackResource {
  return { type: catalog[resource.kind].token, name: resource.name, urn: urnOf(resource.kind, resource.name), props: resource.props };
}

/** Runs one policy on one resource through the engine path and keeps that policy's diagnostics. */
export async function diagnosticsOf(policy: OcsPolicy, resource: EngineResource): Promise<Diagnostic[]> {
  return (await analyze([policy], resource)).filter((d) => d.policyName === policy.info.name);
}

/** The messages of one evaluation with a configuration, run the way tests override config. */
export function messagesWith(policy: OcsPolicy, resource: EngineResource, config: Record<string, unknown>): string[] {
  return policy.evaluate([asStackResource(resource)], config).violations.map((v) => v.message);
}
