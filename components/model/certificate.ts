import { z } from "zod";
import { isoDate, nonEmpty } from "./primitives";

/**
 * The certificate assigned to a server or service: what a peer sees, never the key. The object is
 * strict, so key material (a `privateKey`, a `pfx`) is rejected at construction.
 */
export const certificateSchema = z.strictObject({
  /** Subject common name: the FQDN peers use (the pool FQDN for pool members). */
  subject: nonEmpty,
  /** Subject alternative names (DNS names). */
  subjectAlternativeNames: z.array(nonEmpty).optional(),
  /** Issuer distinguished name or CA name. */
  issuer: nonEmpty,
  /** Who issued it: a public CA, the enterprise CA, or the server itself. */
  issuerType: z.enum(["public", "enterprise", "self-signed"]),
  /** Last day of validity. */
  notAfter: isoDate,
  /** Enhanced key usages. Server Authentication is required on every OCS server certificate. */
  enhancedKeyUsages: z.array(z.enum(["server-authentication", "client-authentication"])),
  /** RSA key size in bits. */
  keySize: z.number().int().positive(),
  /** SHA-1 thumbprint (40 hex digits): identifies the certificate, to spot reuse. */
  thumbprint: z.string().regex(/^[0-9a-fA-F]{40}$/, { error: "must be a SHA-1 thumbprint of 40 hex digits" }),
});
export type Certificate = z.infer<typeof certificateSchema>;
