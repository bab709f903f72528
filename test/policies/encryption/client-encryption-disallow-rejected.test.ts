import { clientEncryptionDisallowRejected } from "../../../policies/encryption/client-encryption-disallow-rejected";
import { changed, diagnosticsOf } from "../../fixtures/one-of-each-kind";
import { memberPolicySuite } from "../suite/member-suite";

memberPolicySuite({
  policy: clientEncryptionDisallowRejected,
  name: "client-encryption-disallow-rejected",
  requirements: ["OCS-ENC-3"],
  level: "advisory",
  kinds: ["clientEncryptionPolicy"],
  breaking: [
    {
      name: "the global client level is rejected",
      kind: "clientEncryptionPolicy",
      change: (p) => void (p.level = "rejected"),
      says: ["level for all users to rejected", "should be optional or required"],
    },
    {
      name: "a pool-scoped client level is rejected",
      kind: "clientEncryptionPolicy",
      change: (p) => Object.assign(p, { level: "rejected", appliesTo: ["pool01.contoso.com"] }),
      says: ["for users of pool01.contoso.com to rejected", "optional or required"],
    },
  ],
  // Nothing is configurable: the level is the team's own setting; a waiver accepts a deliberate "rejected".
  config: [],
  unknown: { kind: "clientEncryptionPolicy", change: (p, u) => void (p.level = u) },
  malformed: { kind: "clientEncryptionPolicy", change: (p) => void (p.level = "off") },
});

describe("client-encryption-disallow-rejected levels", () => {
  it.each([
    ["optional", 0],
    ["required", 0],
    ["rejected", 1],
  ])("level %s gives %i findings", async (level, count) => {
    expect(await diagnosticsOf(clientEncryptionDisallowRejected, changed("clientEncryptionPolicy", (p) => void (p.level = level)))).toHaveLength(count);
  });
});
