import { resourcePolicy } from "../framework/define";
import { isKind } from "../roles/server-kinds";
import { trustworthyByDefault } from "./seed";

export const serverRequireTlsSignaling = resourcePolicy({
  name: "server-require-tls-signaling",
  requirements: ["OCS-ENC-2"],
  description:
    "Servers accept SIP only over TLS or mutual TLS, and a Mediation Server's internal edge uses mutual TLS towards its pool.",
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["standardEditionServer", "enterprisePool", "edgeServer", "mediationServer"],
  seed: trustworthyByDefault,
  remediationSteps:
    "In the OCS 2007 R2 administrative tool, open the server or pool front end Properties, General tab, and remove the TCP listener (port 5060), keeping the MTLS listener on 5061; on a Mediation Server set the Communications Server listening transport to MTLS (port 5061). Update `sipListeners` or `internal.transport` on the component to match.",
  check(member) {
    if (isKind(member, "mediationServer")) {
      const transport = member.model.internal.transport;
      return transport === "mtls"
        ? []
        : [`${member.subject} internal edge uses transport ${transport}; the link to its pool must use mtls`];
    }
    // Stryker disable ArrayDeclaration: the last fallback is unreachable, the policy applies to these four kinds only.
    const listeners = isKind(member, "standardEditionServer")
      ? member.model.sipListeners
      : isKind(member, "enterprisePool")
        ? member.model.sipListeners
        : isKind(member, "edgeServer")
          ? member.model.sipListeners
          : [];
    // Stryker restore ArrayDeclaration
    return listeners
      .filter((l) => l.transport === "tcp")
      .map((l) => `${member.subject} has a SIP listener on port ${l.port} with transport tcp; server links must use tls or mtls`);
  },
});
