import { edgeRequirePublicAvAddress } from "../../../policies/edge/edge-require-public-av-address";
import { changed, diagnosticsOf } from "../../fixtures/one-of-each-kind";
import { memberPolicySuite } from "../suite/member-suite";

type Props = Record<string, unknown>;
const av = (p: Props) => p.avEdge as Props;

memberPolicySuite({
  policy: edgeRequirePublicAvAddress,
  name: "edge-require-public-av-address",
  requirements: ["OCS-X-3"],
  level: "mandatory",
  kinds: ["edgeServer"],
  breaking: [
    {
      name: "the A/V Edge address is private",
      kind: "edgeServer",
      change: (p) => void (av(p).ip = "10.20.0.12"),
      says: ["A/V Edge external address 10.20.0.12 is in the private range", "it must be publicly routable"],
    },
    {
      name: "the A/V Edge address is behind carrier-grade NAT",
      kind: "edgeServer",
      change: (p) => void (av(p).ip = "100.64.1.12"),
      says: ["100.64.1.12 is in the carrierGradeNat range", "must be publicly routable"],
    },
  ],
  // Nothing is configurable: the A/V Edge must be reachable from the internet.
  config: [],
  unknown: { kind: "edgeServer", change: (p, u) => void (av(p).ip = u) },
  malformed: { kind: "edgeServer", change: (p) => void (av(p).ip = "10.20.0.300") },
});

describe("edge-require-public-av-address", () => {
  it.each(["192.168.1.12", "172.16.0.12", "127.0.0.1", "169.254.1.1"])("rejects %s", async (ip) => {
    expect(await diagnosticsOf(edgeRequirePublicAvAddress, changed("edgeServer", (p) => void (av(p).ip = ip)))).toHaveLength(1);
  });
  it("does not judge the other Edge addresses", async () => {
    const edge = changed("edgeServer", (p) => void ((p.accessEdge as Props).ip = "10.20.0.10"));
    expect(await diagnosticsOf(edgeRequirePublicAvAddress, edge)).toEqual([]);
  });
});
