import type { Certificate } from "../../components/model/certificate";
import type { Member } from "../framework/topology-view";
import { isKind, type ServerKind } from "../roles/server-kinds";

/** One place a server carries a certificate, and the name peers reach it by there. */
export interface CertificateSlot {
  /** How messages name the certificate: `certificate`, `Access Edge certificate`, ... */
  label: string;
  /** Reads the certificate (a function, so that a value unknown during preview is read inside a guard). */
  certificate(): Certificate | undefined;
  /** The FQDN the subject or a SAN must cover; undefined where no name is prescribed (A/V authentication). */
  host(): string | undefined;
}

/**
 * The certificates of a server and the FQDN each must present: the server FQDN for most roles,
 * the pool FQDN for a pool, the site URL for Communicator Web Access, and each published FQDN on
 * the Edge Server.
 */
export function certificateSlots(member: Member<ServerKind>): CertificateSlot[] {
  if (isKind(member, "edgeServer")) {
    const m = member.model;
    return [
      { label: "internal certificate", certificate: () => m.certificate, host: () => m.fqdn },
      { label: "Access Edge certificate", certificate: () => m.accessEdge.certificate, host: () => m.accessEdge.fqdn },
      {
        label: "Web Conferencing Edge certificate",
        certificate: () => m.webConferencingEdge.certificate,
        host: () => m.webConferencingEdge.fqdn,
      },
      { label: "A/V authentication certificate", certificate: () => m.avAuthentication.certificate, host: () => undefined },
    ];
  }
  if (isKind(member, "communicatorWebAccess")) {
    const m = member.model;
    return [{ label: "certificate", certificate: () => m.certificate, host: () => m.siteUrl }];
  }
  const m = member.model;
  return [{ label: "certificate", certificate: () => m.certificate, host: () => m.fqdn }];
}
