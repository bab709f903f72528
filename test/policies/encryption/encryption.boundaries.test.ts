/**
 * Exact messages of the encryption policies where a list or a configured choice is printed
 * (killed mutants of the list separators and of the allowed-level wording).
 */
import { clientEncryptionDisallowRejected } from "../../../policies/encryption/client-encryption-disallow-rejected";
import { mediaRequireSrtp } from "../../../policies/encryption/media-require-srtp";
import { serverRequireKerberos } from "../../../policies/encryption/server-require-kerberos";
import type { OcsPolicy } from "../../../policies/framework/define";
import { changed, diagnosticsOf } from "../../fixtures/one-of-each-kind";
import type { EngineResource } from "../../harness/engine";

async function messages(policy: OcsPolicy, resource: EngineResource, config?: Record<string, unknown>): Promise<string[]> {
  return (await diagnosticsOf(policy, resource, config)).map((d) => d.message.split("\n").pop() ?? "");
}

describe("encryption policy messages", () => {
  it("client-encryption-disallow-rejected lists every pool of a pool-scoped policy, comma separated", async () => {
    const scoped = changed("clientEncryptionPolicy", (p) => Object.assign(p, { level: "rejected", appliesTo: ["pool01.contoso.com", "pool02.contoso.com"] }));
    expect(await messages(clientEncryptionDisallowRejected, scoped)).toEqual([
      'client encryption policy "client-global" sets the client media encryption level for users of pool01.contoso.com, pool02.contoso.com to rejected; it should be optional or required (OCS-ENC-3).',
    ]);
  });

  it("server-require-kerberos lists the protocols found, comma separated", async () => {
    const ntlmOnly = changed("communicatorWebAccess", (p) => void (p.authentication = ["ntlm", "ntlm"]));
    expect(await messages(serverRequireKerberos, ntlmOnly)).toEqual([
      'Communicator Web Access server "cwa-1" accepts authentication ntlm, ntlm; it must include kerberos (OCS-ENC-4).',
    ]);
  });

  it("media-require-srtp names both allowed levels when allowSupported is set", async () => {
    const off = changed("enterprisePool", (p) => void (p.mediaEncryption = "not-supported"));
    expect(await messages(mediaRequireSrtp, off, { allowSupported: true })).toEqual([
      'Enterprise pool "pool-1" media encryption level is not-supported; it must be required or supported (SRTP) (OCS-ENC-3).',
    ]);
  });
});
