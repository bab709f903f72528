import type { Certificate } from "../../components/model/certificate";
import { normaliseFqdn } from "../../components/model/fqdn";

/**
 * Whether a certificate name (subject or SAN) covers a host name, as a TLS peer checks it:
 * case-insensitive, and a leading `*.` label stands for exactly one label.
 */
export function nameCovers(certificateName: string, host: string): boolean {
  const name = normaliseFqdn(certificateName);
  const target = normaliseFqdn(host);
  if (!name.startsWith("*.")) return name === target;
  const dot = target.indexOf(".");
  // The wildcard stands for one non-empty label: `*.contoso.com` covers `a.contoso.com`, not `contoso.com` or `a.b.contoso.com`.
  return dot > 0 && target.slice(dot + 1) === name.slice(2);
}

/** The names a certificate presents: its subject, then its SANs. */
export function certificateNames(certificate: Pick<Certificate, "subject" | "subjectAlternativeNames">): string[] {
  return [certificate.subject, ...(certificate.subjectAlternativeNames ?? [])];
}

/** Whether the certificate's subject or one of its SANs covers `host`. */
export function certificateCovers(
  certificate: Pick<Certificate, "subject" | "subjectAlternativeNames">,
  host: string,
): boolean {
  return certificateNames(certificate).some((name) => nameCovers(name, host));
}
