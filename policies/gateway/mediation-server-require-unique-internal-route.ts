import { stackPolicy, type Finding } from "../framework/define";
import type { Member } from "../framework/topology-view";
import { endpointClashes, formatEndpoint, type Endpoint } from "./endpoints";
import { mediaGatewaySecurity } from "./seed";

/**
 * OCS-GW-6 (uniqueness): the pool reaches each Mediation Server by a static route, which only
 * works when no other Mediation Server or pool/Standard Edition endpoint has the same IP and port.
 */
export const mediationServerRequireUniqueInternalRoute = stackPolicy({
  name: "mediation-server-require-unique-internal-route",
  description: "A Mediation Server's internal edge IP address and port must be unique among Mediation Servers and must not equal a Standard Edition server, front end or load balancer SIP endpoint.",
  requirements: ["OCS-GW-6"],
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["mediationServer", "standardEditionServer", "enterprisePool"],
  seed: mediaGatewaySecurity(
    "The internal edge of a Mediation Server should be configured to correspond to a unique static route that is described by an IP address and a port number.",
  ),
  remediationSteps:
    "Give each Mediation Server its own Communications Server listening IP address (or port) in the Mediation Server properties, distinct from every other Mediation Server and from the pool's front ends and load balancer, update the pool's static route to it, and set internal.ip and internal.port of the MediationServer component.",
  check: (view, ctx) => {
    const servers = view.of("mediationServer");
    const candidates: { owner: Member; endpoints: () => Endpoint[] }[] = [
      ...servers.map((server) => ({
        owner: server,
        endpoints: () => [{ ip: server.model.internal.ip, port: server.model.internal.port }],
      })),
      ...view.of("standardEditionServer").map((se) => ({
        owner: se,
        endpoints: () => {
          const ip = se.model.ip;
          // Stryker disable next-line ConditionalExpression,ArrayDeclaration: an SE without an address has no endpoint; an undefined or seeded one equals no Mediation Server's internal IP
          return ip === undefined ? [] : se.model.sipListeners.map((l) => ({ ip, port: l.port }));
        },
      })),
      ...view.of("enterprisePool").map((pool) => ({
        owner: pool,
        endpoints: () => {
          const ips = pool.model.frontEnds.map((fe) => fe.ip);
          if (pool.model.loadBalancer) ips.push(pool.model.loadBalancer.virtualIp);
          return ips.flatMap((ip) => pool.model.sipListeners.map((l) => ({ ip, port: l.port })));
        },
      })),
    ];
    // Members whose addresses are unknown during preview are left out of the comparison and
    // reported as not verifiable; the known ones are judged among themselves.
    const owners: { owner: Member; endpoints: Endpoint[] }[] = [];
    const unknown: typeof candidates = [];
    for (const candidate of candidates) {
      const endpoints = ctx.guard(candidate.owner, candidate.endpoints);
      if (endpoints === undefined) unknown.push(candidate);
      else owners.push({ owner: candidate.owner, endpoints });
    }
    const findings: Finding[] = [];
    const clashes = endpointClashes(owners);
    for (const server of servers) {
      const found = clashes.get(server) ?? [];
      if (found.length === 0 && owners.some((o) => o.owner === server)) {
        // No known endpoint clashes, but one still unknown may: the server is not verifiable yet.
        ctx.guard(server, () => unknown.forEach((u) => u.endpoints()));
      }
      for (const { endpoint, others } of found) {
        findings.push({
          urn: server.urn,
          subject: server.subject,
          message: `${server.subject} internal edge ${formatEndpoint(endpoint)} is also an endpoint of ${others
            .map((o) => o.subject)
            .join(", ")}; the internal edge must be a unique static route (IP address and port).`,
        });
      }
    }
    return findings;
  },
});
