import { z } from "zod";
import { normaliseFqdn } from "./fqdn";

/**
 * Building blocks shared by every component model. Each carries a description so that zod's
 * error sentences, and the generated docs, say what is allowed.
 */

const FQDN_ERROR = "must be a fully qualified domain name such as pool01.contoso.com";

/**
 * A fully qualified domain name such as `pool01.contoso.com`, stored in its one spelling (trimmed,
 * lower-case, without the trailing dot of a rooted name; see ./fqdn), so names compare as DNS does.
 */
export const fqdn = z
  .string({ error: FQDN_ERROR })
  .overwrite(normaliseFqdn)
  .regex(z.regexes.hostname, { error: FQDN_ERROR })
  // The hostname pattern also takes one label, and a rooted name that had two trailing dots.
  .refine((name) => name.includes(".") && !name.endsWith("."), { error: FQDN_ERROR });

/** An IPv4 address such as `10.0.1.10`. */
export const ipv4 = z.ipv4({ error: "must be an IPv4 address such as 10.0.1.10" });

/** An IPv4 network in CIDR notation such as `10.0.1.0/24`. */
export const cidr = z.cidrv4({ error: "must be an IPv4 network in CIDR notation such as 10.0.1.0/24" });

/** A TCP or UDP port number. */
export const port = z
  .number({ error: "must be a port number" })
  .int({ error: "must be a whole port number" })
  .min(1, { error: "must be a port number from 1 to 65535" })
  .max(65535, { error: "must be a port number from 1 to 65535" });

/** An inclusive range of ports, such as the Mediation Server media range 60000–64000. */
export const portRange = z
  .strictObject({ start: port, end: port })
  .refine((r) => r.start <= r.end, { error: "must start at or below its end" });
export type PortRange = z.infer<typeof portRange>;

/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

export const nonEmpty = z.string().trim().min(1, { error: "must not be empty" });

/** SIP transport of a listener or link; `mtls` is mutual TLS between servers. */
export const sipTransport = z.enum(["mtls", "tls", "tcp"]);
export type SipTransport = z.infer<typeof sipTransport>;

/** A SIP listener of a server: the port it listens on and the transport it accepts there. */
export const sipListener = z.strictObject({ port, transport: sipTransport });
export type SipListener = z.infer<typeof sipListener>;

/**
 * Media encryption setting of a pool, server or Mediation Server (the pool "Encryption level":
 * Require encryption / Support encryption / Do not support encryption).
 */
export const mediaEncryption = z.enum(["required", "supported", "not-supported"]);
export type MediaEncryption = z.infer<typeof mediaEncryption>;

/** Authentication protocols a server accepts from clients. */
export const authenticationProtocols = z.array(z.enum(["kerberos", "ntlm"])).min(1, {
  error: "must name at least one protocol (kerberos, ntlm)",
});
