/**
 * Exact findings of the Edge policies where a partner list mixes A/V and non-A/V partners and where
 * three services share one listening endpoint.
 */
import { edgeLimitAvPortsToR2 } from "../../../policies/edge/edge-limit-av-ports-to-r2";
import { edgeRequireDistinctServicePorts } from "../../../policies/edge/edge-require-distinct-service-ports";
import type { OcsPolicy } from "../../../policies/framework/define";
import { changed, diagnosticsOf } from "../../fixtures/one-of-each-kind";
import type { EngineResource } from "../../harness/engine";

type Props = Record<string, unknown>;
const part = (props: Props, key: string) => props[key] as Props;

async function messages(policy: OcsPolicy, resource: EngineResource): Promise<string[]> {
  return (await diagnosticsOf(policy, resource)).map((d) => d.message.split("\n").pop() ?? "");
}

describe("edge-limit-av-ports-to-r2 with partners of both kinds", () => {
  const r2Partners = (p: Props) =>
    void (part(p, "federation").partners = [
      { domain: "fabrikam.com", edgeVersion: "ocs-2007-r2", audioVideo: false },
      { domain: "litwareinc.com", edgeVersion: "ocs-2007-r2", audioVideo: true },
    ]);

  it("keeps the outbound TCP A/V range when one R2 partner of several federates audio/video", async () => {
    const edge = changed("edgeServer", (p) => {
      r2Partners(p);
      part(p, "avEdge").externalPortRules = [{ protocol: "tcp", direction: "outbound", ports: { start: 50000, end: 59999 } }];
    });
    expect(await messages(edgeLimitAvPortsToR2, edge)).toEqual([]);
  });

  it("names each rule beyond outbound TCP in that range", async () => {
    const edge = changed("edgeServer", r2Partners);
    expect(await messages(edgeLimitAvPortsToR2, edge)).toEqual([
      'Edge Server "edge-1" A/V Edge external interface opens tcp inbound 50000-59999; with only OCS 2007 R2 A/V partners it needs only tcp outbound within 50000-59999 (OCS-FED-2).',
      'Edge Server "edge-1" A/V Edge external interface opens udp inbound 50000-59999; with only OCS 2007 R2 A/V partners it needs only tcp outbound within 50000-59999 (OCS-FED-2).',
      'Edge Server "edge-1" A/V Edge external interface opens udp outbound 50000-59999; with only OCS 2007 R2 A/V partners it needs only tcp outbound within 50000-59999 (OCS-FED-2).',
    ]);
  });
});

describe("edge-require-distinct-service-ports with three services on one endpoint", () => {
  it("says all three listen there, naming each service", async () => {
    const edge = changed("edgeServer", (p) => {
      part(p, "accessEdge").sipPort = 443;
      part(p, "webConferencingEdge").ip = "131.107.1.10";
    });
    expect(await messages(edgeRequireDistinctServicePorts, edge)).toEqual([
      'Edge Server "edge-1" Access Edge SIP and Access Edge remote user and Web Conferencing Edge all listen on 131.107.1.10 tcp 443; services that share an IP address must use distinct ports (OCS-X-3).',
    ]);
  });
});
