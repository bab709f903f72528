import { edgeRequireDistinctServicePorts } from "../../../policies/edge/edge-require-distinct-service-ports";
import { changed, diagnosticsOf } from "../../fixtures/one-of-each-kind";
import { memberPolicySuite } from "../suite/member-suite";

type Props = Record<string, unknown>;
const part = (p: Props, key: string) => p[key] as Props;

memberPolicySuite({
  policy: edgeRequireDistinctServicePorts,
  name: "edge-require-distinct-service-ports",
  requirements: ["OCS-X-3"],
  level: "mandatory",
  kinds: ["edgeServer"],
  breaking: [
    {
      name: "Web Conferencing Edge shares the Access Edge address and remote-user port",
      kind: "edgeServer",
      change: (p) => void (part(p, "webConferencingEdge").ip = "131.107.1.10"),
      says: ["Access Edge remote user and Web Conferencing Edge both listen on 131.107.1.10 tcp 443", "must use distinct ports"],
    },
    {
      name: "the A/V Edge shares the Web Conferencing address with TCP 443",
      kind: "edgeServer",
      change: (p) => void (part(p, "avEdge").ip = "131.107.1.11"),
      says: ["Web Conferencing Edge and A/V Edge TCP both listen on 131.107.1.11 tcp 443"],
    },
    {
      name: "the Access Edge SIP port equals its remote-user port",
      kind: "edgeServer",
      change: (p) => void (part(p, "accessEdge").sipPort = 443),
      says: ["Access Edge SIP and Access Edge remote user both listen on 131.107.1.10 tcp 443"],
    },
  ],
  // Nothing is configurable: a shared (address, protocol, port) never works.
  config: [],
  unknown: { kind: "edgeServer", change: (p, u) => void (part(p, "webConferencingEdge").ip = u) },
  malformed: { kind: "edgeServer", change: (p) => void (part(p, "avEdge").udpPort = "3478") },
});

describe("edge-require-distinct-service-ports", () => {
  it("lets services share an address on distinct ports", async () => {
    const edge = changed("edgeServer", (p) => {
      part(p, "webConferencingEdge").ip = "131.107.1.10";
      part(p, "webConferencingEdge").port = 444;
    });
    expect(await diagnosticsOf(edgeRequireDistinctServicePorts, edge)).toEqual([]);
  });
  it("ignores the remote-user port when remote user access is off", async () => {
    const edge = changed("edgeServer", (p) => {
      p.remoteUserAccess = false;
      part(p, "webConferencingEdge").ip = "131.107.1.10";
    });
    expect(await diagnosticsOf(edgeRequireDistinctServicePorts, edge)).toEqual([]);
  });
  it("lets UDP and TCP use the same port number", async () => {
    const edge = changed("edgeServer", (p) => void (part(p, "avEdge").udpPort = 443));
    expect(await diagnosticsOf(edgeRequireDistinctServicePorts, edge)).toEqual([]);
  });
});
