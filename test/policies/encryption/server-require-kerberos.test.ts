import { serverRequireKerberos } from "../../../policies/encryption/server-require-kerberos";
import { changed, diagnosticsOf } from "../../fixtures/one-of-each-kind";
import { memberPolicySuite } from "../suite/member-suite";

memberPolicySuite({
  policy: serverRequireKerberos,
  name: "server-require-kerberos",
  requirements: ["OCS-ENC-4"],
  level: "advisory",
  kinds: ["standardEditionServer", "enterprisePool", "communicatorWebAccess"],
  breaking: [
    {
      name: "the Standard Edition server accepts NTLM only",
      kind: "standardEditionServer",
      change: (p) => void (p.authentication = ["ntlm"]),
      says: ["accepts authentication ntlm", "it must include kerberos"],
    },
    {
      name: "the pool accepts NTLM only",
      kind: "enterprisePool",
      change: (p) => void (p.authentication = ["ntlm"]),
      says: ["accepts authentication ntlm", "must include kerberos"],
    },
    {
      name: "Communicator Web Access accepts NTLM only",
      kind: "communicatorWebAccess",
      change: (p) => void (p.authentication = ["ntlm"]),
      says: ["accepts authentication ntlm", "must include kerberos"],
    },
  ],
  // Nothing is configurable: Kerberos is the seed's protocol for internal servers.
  config: [],
  unknown: { kind: "enterprisePool", change: (p, u) => void (p.authentication = u) },
  malformed: { kind: "standardEditionServer", change: (p) => void (p.authentication = []) },
});

describe("server-require-kerberos scope", () => {
  it("exempts the Edge Server, whose remote users authenticate with NTLM", async () => {
    expect(serverRequireKerberos.info.appliesTo).not.toContain("edgeServer");
    const edge = changed("edgeServer", (p) => void (p.authentication = ["ntlm"]));
    expect(await diagnosticsOf(serverRequireKerberos, edge)).toEqual([]);
  });
});
