import { resourcePolicy } from "../framework/define";
import { edgeServerDocs } from "./seed";

/** One listening endpoint of an Edge service on the external side. */
interface Endpoint {
  service: string;
  ip: string;
  protocol: "tcp" | "udp";
  port: number;
}

export const edgeRequireDistinctServicePorts = resourcePolicy({
  name: "edge-require-distinct-service-ports",
  requirements: ["OCS-X-3"],
  description:
    "The Access Edge, Web Conferencing Edge and A/V Edge services of an Edge Server never listen on the same IP address, protocol and port.",
  severity: "high",
  enforcementLevel: "mandatory",
  appliesTo: ["edgeServer"],
  seed: edgeServerDocs(
    "Services that share an IP need distinct ports.",
  ),
  remediationSteps:
    "Give each Edge service its own external IP address (the recommended layout), or, where services share an address, change the port of one of them in the Edge Server Properties (Internal and External tabs) of the OCS 2007 R2 administrative tool and on the external firewall, and update `accessEdge`, `webConferencingEdge` or `avEdge` on the component.",
  check(member) {
    const { accessEdge, webConferencingEdge, avEdge, remoteUserAccess } = member.model;
    const endpoints: Endpoint[] = [{ service: "Access Edge SIP", ip: accessEdge.ip, protocol: "tcp", port: accessEdge.sipPort }];
    // The remote-user port listens only when remote user access is enabled.
    if (remoteUserAccess) endpoints.push({ service: "Access Edge remote user", ip: accessEdge.ip, protocol: "tcp", port: accessEdge.remoteUserPort });
    endpoints.push(
      { service: "Web Conferencing Edge", ip: webConferencingEdge.ip, protocol: "tcp", port: webConferencingEdge.port },
      // Stryker disable next-line ObjectLiteral,StringLiteral: the only UDP service, so no other can share its protocol and port; listed so that every service is
      { service: "A/V Edge UDP", ip: avEdge.ip, protocol: "udp", port: avEdge.udpPort },
      { service: "A/V Edge TCP", ip: avEdge.ip, protocol: "tcp", port: avEdge.tcpPort },
    );
    const byKey = new Map<string, Endpoint[]>();
    for (const e of endpoints) {
      const key = `${e.ip}|${e.protocol}|${e.port}`;
      byKey.set(key, [...(byKey.get(key) ?? []), e]);
    }
    return [...byKey.values()]
      .filter((group) => group.length > 1)
      .map(
        (group) =>
          `${member.subject} ${group.map((e) => e.service).join(" and ")} ${group.length === 2 ? "both" : "all"} listen on ${group[0].ip} ${group[0].protocol} ${group[0].port}; services that share an IP address must use distinct ports`,
      );
  },
});
