import { z } from "zod";
import { certificateSchema } from "./certificate";
import { authenticationProtocols, cidr, fqdn, ipv4, nonEmpty, port, portRange, sipListener } from "./primitives";
import { serverFields } from "./server";

/** One firewall opening on the A/V Edge external interface. */
export const portRuleSchema = z.strictObject({
  protocol: z.enum(["tcp", "udp"]),
  direction: z.enum(["inbound", "outbound"]),
  ports: portRange,
});
export type PortRule = z.infer<typeof portRuleSchema>;

/** A federated organisation, and the OCS version its Edge Server runs. */
export const federationPartnerSchema = z.strictObject({
  domain: fqdn,
  /** OCS version of the partner's Edge, e.g. `ocs-2007` or `ocs-2007-r2`. */
  edgeVersion: z.enum(["lcs-2005", "ocs-2007", "ocs-2007-r2"]),
  /** Whether audio/video is federated with this partner. */
  audioVideo: z.boolean(),
});
export type FederationPartner = z.infer<typeof federationPartnerSchema>;

/** An Edge Server (Access Edge, Web Conferencing Edge and A/V Edge) with its two interfaces. */
export const edgeServerSchema = z.strictObject({
  /** `fqdn` is the internal interface's FQDN; `certificate` is the internal interface certificate. */
  ...serverFields,
  internalInterface: z.strictObject({ ip: ipv4, subnet: cidr }),
  /** SIP listeners on the internal interface. */
  sipListeners: z.array(sipListener).min(1, { error: "must list at least one SIP listener" }),
  accessEdge: z.strictObject({
    fqdn,
    ip: ipv4,
    /** Federation and remote-user SIP port, 5061 (MTLS). */
    sipPort: port,
    /** Remote-user SIP/TLS port, 443. */
    remoteUserPort: port,
    certificate: certificateSchema.optional(),
  }),
  webConferencingEdge: z.strictObject({
    fqdn,
    ip: ipv4,
    port,
    certificate: certificateSchema.optional(),
  }),
  avEdge: z.strictObject({
    fqdn,
    /** The A/V Edge external address; must be publicly routable. */
    ip: ipv4,
    udpPort: port,
    tcpPort: port,
    /** Openings of the 50,000–59,999 range on the external interface. */
    externalPortRules: z.array(portRuleSchema),
  }),
  /** The A/V authentication service on the internal side, with its own certificate. */
  avAuthentication: z.strictObject({ port, certificate: certificateSchema.optional() }),
  federation: z.strictObject({
    enabled: z.boolean(),
    publicImConnectivity: z.boolean(),
    partners: z.array(federationPartnerSchema),
  }),
  remoteUserAccess: z.boolean(),
  /** Protocols accepted from remote users. */
  authentication: authenticationProtocols,
  /** Free-text name of the reverse proxy or firewall product if one runs on the same computer. */
  collocatedWith: z.array(nonEmpty).optional(),
});
export type EdgeServerModel = z.infer<typeof edgeServerSchema>;
