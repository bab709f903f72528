import type { SeedReference } from "../framework/requirements";

/** The seed sentence every encryption rule enforces: certificates, Kerberos, TLS and SRTP by default. */
export const trustworthyByDefault: SeedReference = {
  document: "000",
  section: "Trustworthy by Default",
  text: "By requiring all servers to use certificates and by using Kerberos authentication, TLS, Secure Real-Time Transport Protocol (SRTP), and other industry-standard encryption techniques, virtually all Office Communications Server 2007 R2 data is protected on the network.",
};
