import { resourcePolicy } from "../framework/define";
import { trustworthyByDefault } from "./seed";

export const serverRequireKerberos = resourcePolicy({
  name: "server-require-kerberos",
  requirements: ["OCS-ENC-4"],
  description:
    "Internal servers (Standard Edition, Enterprise pools, Communicator Web Access) accept Kerberos authentication, not NTLM alone.",
  severity: "medium",
  enforcementLevel: "advisory",
  // The Edge Server is left out on purpose: remote users cannot reach a domain controller, so NTLM is expected there.
  appliesTo: ["standardEditionServer", "enterprisePool", "communicatorWebAccess"],
  seed: trustworthyByDefault,
  remediationSteps:
    "In the OCS 2007 R2 administrative tool, open the pool (or Standard Edition server) Properties, Authentication tab, and choose \"Kerberos and NTLM\" (or Kerberos only); for Communicator Web Access enable Integrated Windows authentication with Kerberos in the CWA Manager. Add \"kerberos\" to `authentication` on the component.",
  check(member) {
    const protocols = member.model.authentication;
    if (protocols.includes("kerberos")) return [];
    return [`${member.subject} accepts authentication ${protocols.join(", ")}; it must include kerberos`];
  },
});
