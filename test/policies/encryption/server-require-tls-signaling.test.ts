import { serverRequireTlsSignaling } from "../../../policies/encryption/server-require-tls-signaling";
import { memberPolicySuite } from "../suite/member-suite";

type Props = Record<string, unknown>;
const listeners = (p: Props) => p.sipListeners as Props[];

memberPolicySuite({
  policy: serverRequireTlsSignaling,
  name: "server-require-tls-signaling",
  requirements: ["OCS-ENC-2"],
  level: "mandatory",
  kinds: ["standardEditionServer", "enterprisePool", "edgeServer", "mediationServer"],
  breaking: [
    {
      name: "the pool adds a TCP listener on 5060",
      kind: "enterprisePool",
      change: (p) => void listeners(p).push({ port: 5060, transport: "tcp" }),
      says: ["SIP listener on port 5060 with transport tcp", "must use tls or mtls"],
    },
    {
      name: "the Standard Edition server listens on TCP only",
      kind: "standardEditionServer",
      change: (p) => void (p.sipListeners = [{ port: 5060, transport: "tcp" }]),
      says: ["port 5060 with transport tcp"],
    },
    {
      name: "the Edge Server internal interface accepts TCP",
      kind: "edgeServer",
      change: (p) => void listeners(p).push({ port: 5062, transport: "tcp" }),
      says: ["port 5062 with transport tcp"],
    },
    {
      name: "the Mediation Server internal edge uses one-way TLS",
      kind: "mediationServer",
      change: (p) => void ((p.internal as Props).transport = "tls"),
      says: ["internal edge uses transport tls", "must use mtls"],
    },
    {
      name: "the Mediation Server internal edge uses TCP",
      kind: "mediationServer",
      change: (p) => void ((p.internal as Props).transport = "tcp"),
      says: ["internal edge uses transport tcp", "must use mtls"],
    },
  ],
  // The rule has no configurable value: plain TCP is never acceptable on a server link.
  config: [],
  unknown: { kind: "enterprisePool", change: (p, u) => void (listeners(p)[0].transport = u) },
  malformed: { kind: "mediationServer", change: (p) => void (p.internal = "10.0.1.30") },
});

describe("server-require-tls-signaling scope", () => {
  it("leaves the Mediation Server's gateway edge to the gateway policies", async () => {
    const { changed, diagnosticsOf } = await import("../../fixtures/one-of-each-kind");
    const med = changed("mediationServer", (p) => void ((p.external as Props).transport = "tcp"));
    expect(await diagnosticsOf(serverRequireTlsSignaling, med)).toEqual([]);
  });
});
