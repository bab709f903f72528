import type { RequirementId } from "../../policies/framework/requirements";
import { type Member, type ReferenceSpec, names } from "../reference/spec";
import type { Kind } from "../../components/model";

/**
 * One violation example per requirement ID: the ONE change to the reference topology that trips
 * the policy for that ID and no other mandatory policy (advisory ones may fire). The programs in
 * `examples/violations/<ID>/index.ts` and the tests share these definitions.
 */
export interface ViolationExample {
  id: RequirementId;
  /** Name of the policy expected to fire. */
  policy: string;
  /** Pulumi name of the offending resource (the one the policy reports). */
  resource: string;
  /** Enforcement level of that policy by default. */
  level: "mandatory" | "advisory";
  /** What is broken, and why only this policy trips. */
  description: string;
  /** Applies the change to a fresh reference spec. */
  mutate(spec: ReferenceSpec): void;
}

/** The member called `name`, or an error naming what is missing (the examples rely on the reference names). */
function member<K extends Kind>(list: Member<K>[], name: string): Member<K>["args"] {
  const found = list.find((m) => m.name === name);
  if (found === undefined) throw new Error(`the reference topology has no member "${name}"`);
  return found.args;
}

function external(args: ReturnType<typeof member<"mediationServer">>) {
  if (args.external === undefined) throw new Error("the reference Mediation Servers have an external edge");
  return args.external;
}

export const violationExamples: ViolationExample[] = [
  {
    id: "OCS-ENC-1",
    policy: "server-require-valid-certificate",
    resource: "se-dublin",
    level: "mandatory",
    description: "The Standard Edition server's certificate expired on 2020-01-01; nothing else reads the expiry.",
    mutate: (spec) => {
      const cert = member(spec.standardEditionServers, "se-dublin").certificate;
      if (cert !== undefined) cert.notAfter = "2020-01-01";
    },
  },
  {
    id: "OCS-ENC-2",
    policy: "server-require-tls-signaling",
    resource: "pool-redmond",
    level: "mandatory",
    description: "The pool gains a plain-TCP SIP listener on 5060; only the server-link signaling rule reads pool listeners.",
    mutate: (spec) => {
      member(spec.enterprisePools, "pool-redmond").sipListeners.push({ port: 5060, transport: "tcp" });
    },
  },
  {
    id: "OCS-ENC-3",
    policy: "media-require-srtp",
    resource: "pool-redmond",
    level: "mandatory",
    description: "The pool only supports media encryption instead of requiring it; the Mediation Server rule (GW-1) is separate.",
    mutate: (spec) => {
      member(spec.enterprisePools, "pool-redmond").mediaEncryption = "supported";
    },
  },
  {
    id: "OCS-ENC-4",
    policy: "server-require-kerberos",
    resource: "se-dublin",
    level: "advisory",
    description: "The Standard Edition server accepts NTLM only; the Kerberos rule is advisory and nothing mandatory reads authentication.",
    mutate: (spec) => {
      member(spec.standardEditionServers, "se-dublin").authentication = ["ntlm"];
    },
  },
  {
    id: "OCS-ROLE-1",
    policy: "server-limit-services-to-role",
    resource: "se-dublin",
    level: "mandatory",
    description: "The Standard Edition server installs a service outside its role catalog (sql-server-reporting).",
    mutate: (spec) => {
      member(spec.standardEditionServers, "se-dublin").services.push("sql-server-reporting");
    },
  },
  {
    id: "OCS-RISK-1",
    policy: "waiver-require-justification-owner-expiry",
    resource: "med-redmond",
    level: "mandatory",
    description: "The Mediation Server carries a waiver that expired on 2020-01-01; it waives nothing and is itself a violation, while the waived advisory port rule holds anyway.",
    mutate: (spec) => {
      member(spec.mediationServers, "med-redmond").waivers = [
        {
          policy: "mediation-server-configure-internal-port",
          justification: "The PBX integration needed a non-default internal port during the migration.",
          owner: "voice-team@contoso.com",
          expires: "2020-01-01",
        },
      ];
    },
  },
  {
    id: "OCS-FED-1",
    policy: "edge-require-legacy-federation-ports",
    resource: "edge-redmond",
    level: "mandatory",
    description: "The udp inbound 50000-59999 rule is removed while fabrikam.com still federates A/V on OCS 2007.",
    mutate: (spec) => {
      const av = member(spec.edgeServers, "edge-redmond").avEdge;
      av.externalPortRules = av.externalPortRules.filter((r) => !(r.protocol === "udp" && r.direction === "inbound"));
    },
  },
  {
    id: "OCS-FED-2",
    policy: "edge-limit-av-ports-to-r2",
    resource: "edge-redmond",
    level: "advisory",
    description: "fabrikam.com upgrades to OCS 2007 R2 but the OCS 2007 ranges stay open: more than R2 needs (advisory); the legacy-port rule no longer applies.",
    mutate: (spec) => {
      for (const partner of member(spec.edgeServers, "edge-redmond").federation.partners) {
        if (partner.domain === "fabrikam.com") partner.edgeVersion = "ocs-2007-r2";
      }
    },
  },
  {
    id: "OCS-X-3",
    policy: "edge-require-public-av-address",
    resource: "edge-redmond",
    level: "mandatory",
    description: "The A/V Edge external address becomes the private 10.20.0.12; its ports stay distinct, so only the public-address rule trips.",
    mutate: (spec) => {
      member(spec.edgeServers, "edge-redmond").avEdge.ip = "10.20.0.12";
    },
  },
  {
    id: "OCS-X-4",
    policy: "server-disallow-collocation",
    resource: "med-redmond",
    level: "advisory",
    description:
      "The Communicator Web Access server takes the Mediation Server's FQDN (the two are collocated). The CWA side changes because every reference (gateways, IPsec exemption, certificate) names the Mediation Server's FQDN, and CWA's certificate is judged against its site URL.",
    mutate: (spec) => {
      member(spec.communicatorWebAccess, "cwa-redmond").fqdn = names.mediationRedmond;
    },
  },
  {
    id: "OCS-X-5",
    policy: "certificate-enforce-role-fit",
    resource: "arch-redmond",
    level: "mandatory",
    description: "The Archiving Server certificate has a 1,024-bit key, below the 2,048-bit minimum; it stays valid and covers the FQDN.",
    mutate: (spec) => {
      const cert = member(spec.archivingServers, "arch-redmond").certificate;
      if (cert !== undefined) cert.keySize = 1024;
    },
  },
  {
    id: "OCS-ADM-1",
    policy: "deployment-task-require-table1-credentials",
    resource: "task-activate-se-dublin",
    level: "mandatory",
    description: "The principal activating the Standard Edition server is no longer in RTCUniversalServerAdmins, which Table 1 requires.",
    mutate: (spec) => {
      const principal = member(spec.deploymentTasks, "task-activate-se-dublin").principal;
      principal.groups = principal.groups.filter((g) => g !== "RTCUniversalServerAdmins");
    },
  },
  {
    id: "OCS-ADM-2",
    policy: "deployment-task-limit-privileged-groups",
    resource: "task-configure-se-dublin",
    level: "advisory",
    description: "The principal configuring the Standard Edition server is also a Domain Admin, which Table 1 does not need for that procedure (advisory).",
    mutate: (spec) => {
      member(spec.deploymentTasks, "task-configure-se-dublin").principal.groups.push("Domain Admins");
    },
  },
  {
    id: "OCS-UM-1",
    policy: "um-dial-plan-disallow-unsecured",
    resource: "dp-redmond",
    level: "mandatory",
    description: "The Redmond dial plan is Unsecured (MTLS and SRTP off, consistent with Table 2); the client-level rules do not apply to Unsecured.",
    mutate: (spec) => {
      Object.assign(member(spec.umDialPlans, "dp-redmond"), { voipSecurity: "Unsecured", mutualTls: false, srtp: false });
    },
  },
  {
    id: "OCS-UM-2",
    policy: "um-dial-plan-enforce-table2-settings",
    resource: "dp-redmond",
    level: "mandatory",
    description: "The Redmond dial plan stays Secured but disables SRTP, which Table 2 requires for Secured.",
    mutate: (spec) => {
      member(spec.umDialPlans, "dp-redmond").srtp = false;
    },
  },
  {
    id: "OCS-UM-3",
    policy: "um-dial-plan-require-unencrypted-capable-clients",
    resource: "dp-redmond",
    level: "mandatory",
    description: "The Redmond dial plan becomes SIPSecured (MTLS on, SRTP off, as Table 2 wants) while its pool's clients require encryption.",
    mutate: (spec) => {
      Object.assign(member(spec.umDialPlans, "dp-redmond"), { voipSecurity: "SIPSecured", mutualTls: true, srtp: false });
    },
  },
  {
    id: "OCS-UM-4",
    policy: "um-dial-plan-require-srtp-capable-clients",
    resource: "dp-redmond",
    level: "mandatory",
    description: "A pool-scoped client policy rejects encryption for the pool a Secured dial plan serves; besides, only the advisory rejected-level rule fires.",
    mutate: (spec) => {
      spec.clientEncryptionPolicies.push({
        name: "client-encryption-pool-redmond",
        args: { level: "rejected", appliesTo: [names.pool] },
      });
    },
  },
  {
    id: "OCS-UM-5",
    policy: "location-profile-require-explicit-dial-plan",
    resource: "dp-redmond",
    level: "mandatory",
    description: "The Redmond dial plan's VoipSecurity is left unset (MTLS and SRTP stay on); the level-dependent rules skip a plan without a level.",
    mutate: (spec) => {
      delete member(spec.umDialPlans, "dp-redmond").voipSecurity;
    },
  },
  {
    id: "OCS-X-1",
    policy: "location-profile-enforce-dial-plan-name",
    resource: "lp-redmond",
    level: "mandatory",
    description: "The Redmond location profile is renamed redmond-voice (and its dial plan follows, so UM-5 holds): the name no longer equals the dial plan's FQDN.",
    mutate: (spec) => {
      member(spec.locationProfiles, "lp-redmond").name = "redmond-voice";
      member(spec.umDialPlans, "dp-redmond").locationProfile = "redmond-voice";
    },
  },
  {
    id: "OCS-GW-1",
    policy: "mediation-server-require-srtp",
    resource: "med-redmond",
    level: "mandatory",
    description: "The Redmond Mediation Server only supports media encryption instead of requiring SRTP.",
    mutate: (spec) => {
      member(spec.mediationServers, "med-redmond").mediaEncryption = "supported";
    },
  },
  {
    id: "OCS-GW-2",
    policy: "ipsec-require-media-exemption",
    resource: "med-redmond",
    level: "mandatory",
    description: "The Mediation Server IPsec exemption shrinks to 60000-62000 and no longer covers the 60000-64000 media range (both Mediation Servers are reported).",
    mutate: (spec) => {
      const exemption = member(spec.ipsecPolicies, "ipsec").exemptions.find((e) => e.name === "mediation-media");
      if (exemption !== undefined) exemption.ports = { start: 60000, end: 62000 };
    },
  },
  {
    id: "OCS-GW-3",
    policy: "media-gateway-require-tls",
    resource: "gw-dublin",
    level: "mandatory",
    description: "The Dublin gateway link falls back to TCP on both ends (gateway transport and the Mediation Server's external edge), so the next hop still matches.",
    mutate: (spec) => {
      member(spec.mediaGateways, "gw-dublin").transport = "tcp";
      external(member(spec.mediationServers, "med-dublin")).transport = "tcp";
    },
  },
  {
    id: "OCS-GW-4",
    policy: "mediation-server-require-two-nics",
    resource: "med-redmond",
    level: "mandatory",
    description: "Both edges of the Redmond Mediation Server sit on the same network adapter; addresses and subnets are unchanged.",
    mutate: (spec) => {
      const med = member(spec.mediationServers, "med-redmond");
      external(med).adapter = med.internal.adapter;
    },
  },
  {
    id: "OCS-GW-5",
    policy: "mediation-server-require-network-separation",
    resource: "gw-redmond",
    level: "mandatory",
    description: "The Redmond basic gateway moves to 10.1.30.20, outside the Mediation Server's external network (its next hop is unchanged).",
    mutate: (spec) => {
      member(spec.mediaGateways, "gw-redmond").ip = "10.1.30.20";
    },
  },
  {
    id: "OCS-GW-6",
    policy: "mediation-server-require-unique-internal-route",
    resource: "med-dublin",
    level: "mandatory",
    description: "The Dublin Mediation Server's internal edge takes the Redmond one's address and network, so both share 10.1.10.5:5061; separation still holds.",
    mutate: (spec) => {
      const redmond = member(spec.mediationServers, "med-redmond").internal;
      const dublin = member(spec.mediationServers, "med-dublin").internal;
      dublin.ip = redmond.ip;
      dublin.subnet = redmond.subnet;
    },
  },
  {
    id: "OCS-GW-7",
    policy: "media-gateway-require-mediation-next-hop",
    resource: "gw-redmond",
    level: "mandatory",
    description: "The Redmond gateway's next hop uses port 5070 instead of its Mediation Server's external port 5060.",
    mutate: (spec) => {
      member(spec.mediaGateways, "gw-redmond").nextHop.port = 5070;
    },
  },
  {
    id: "OCS-GW-8",
    policy: "media-gateway-require-single-mediation-server",
    resource: "gw-redmond",
    level: "mandatory",
    description: "The Redmond gateway names a Mediation Server that is not in the topology; the next-hop rule skips gateways whose server does not resolve.",
    mutate: (spec) => {
      member(spec.mediaGateways, "gw-redmond").mediationServer = "med-missing.contoso.com";
    },
  },
  {
    id: "OCS-X-2",
    policy: "mediation-server-require-pool-next-hop",
    resource: "med-redmond",
    level: "mandatory",
    description: "The Redmond Mediation Server forwards to the Archiving Server: a member of the topology (GW-8 holds) but not a pool or Standard Edition server.",
    mutate: (spec) => {
      member(spec.mediationServers, "med-redmond").nextHop = names.archiving;
    },
  },
];

/** The example for `id`; throws if there is none. */
export function violation(id: RequirementId): ViolationExample {
  const found = violationExamples.find((v) => v.id === id);
  if (found === undefined) throw new Error(`no violation example for ${id}`);
  return found;
}
