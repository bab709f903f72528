import { stackPolicy, type Finding } from "../framework/define";
import { membersNamed } from "./attachment";

/** OCS-X-2: a Mediation Server can forward only to a Standard Edition server or an Enterprise pool. */
export const mediationServerRequirePoolNextHop = stackPolicy({
  name: "mediation-server-require-pool-next-hop",
  description: "A Mediation Server's next hop must be a Standard Edition server or an Enterprise pool of the topology, not another role.",
  requirements: ["OCS-X-2"],
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["mediationServer"],
  seed: {
    document: "deployment-docs",
    section: "Mediation Server",
    text: "Its next hop (internal) must be a Standard Edition server or an Enterprise pool.",
  },
  remediationSteps:
    "In the Mediation Server properties (Next Hop Connections) select the Enterprise pool or Standard Edition server that homes the Enterprise Voice users as the next hop, and set nextHop of the MediationServer component to its FQDN.",
  check: (view, ctx) => {
    const findings: Finding[] = [];
    for (const server of view.of("mediationServer")) {
      ctx.guard(server, () => {
        const targets = membersNamed(view, server.model.nextHop);
        // A next hop that names nothing of the topology is OCS-GW-8's finding.
        if (targets.length === 0) return;
        if (targets.some((t) => t.kind === "standardEditionServer" || t.kind === "enterprisePool")) return;
        findings.push({
          urn: server.urn,
          subject: server.subject,
          message: `${server.subject} next hop ${server.model.nextHop} is ${targets
            .map((t) => t.subject)
            .join(", ")}; it must be a Standard Edition server or an Enterprise pool.`,
        });
      });
    }
    return findings;
  },
});
