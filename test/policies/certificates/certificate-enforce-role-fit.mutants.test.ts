/**
 * Exact findings of certificate-enforce-role-fit at its boundaries: the key sizes at both ends of the
 * allowed range, the usages listed when Server Authentication is missing, the Access Edge that does not
 * federate, certificates that are absent or unknown, and an A/V certificate shared with two others.
 */
import { certificateEnforceRoleFit } from "../../../policies/certificates/certificate-enforce-role-fit";
import { changed, diagnosticsOf } from "../../fixtures/one-of-each-kind";
import { UNKNOWN } from "../../harness/engine";

type Props = Record<string, unknown>;
const part = (props: Props, key: string) => props[key] as Props;
const cert = (props: Props) => props.certificate as Props;

async function messages(resource: Parameters<typeof diagnosticsOf>[1]): Promise<string[]> {
  return (await diagnosticsOf(certificateEnforceRoleFit, resource)).map((d) => d.message.split("\n").pop() ?? "");
}

describe("certificate-enforce-role-fit key sizes", () => {
  it.each([2048, 3072, 4096])("accepts a %i-bit key, inside 2048 to 4096", async (keySize) => {
    expect(await messages(changed("archivingServer", (p) => void (cert(p).keySize = keySize)))).toEqual([]);
  });

  it.each([2047, 4097])("refuses a %i-bit key, naming the size found and the range", async (keySize) => {
    expect(await messages(changed("archivingServer", (p) => void (cert(p).keySize = keySize)))).toEqual([
      `Archiving Server "arch-1" certificate has a ${keySize}-bit key; the key size must be 2048 to 4096 bits (OCS-X-5).`,
    ]);
  });
});

describe("certificate-enforce-role-fit enhanced key usages", () => {
  it("says none when the certificate has no enhanced key usage", async () => {
    expect(await messages(changed("monitoringServer", (p) => void (cert(p).enhancedKeyUsages = [])))).toEqual([
      'Monitoring Server "mon-1" certificate has enhanced key usages none; it must include server-authentication (OCS-X-5).',
    ]);
  });

  it("lists every usage found, comma separated", async () => {
    const server = changed("monitoringServer", (p) => void (cert(p).enhancedKeyUsages = ["client-authentication", "client-authentication"]));
    expect(await messages(server)).toEqual([
      'Monitoring Server "mon-1" certificate has enhanced key usages client-authentication, client-authentication; it must include server-authentication (OCS-X-5).',
    ]);
  });
});

describe("certificate-enforce-role-fit on the Edge Server", () => {
  it("names the internal certificate of an Edge Server by its role", async () => {
    expect(await messages(changed("edgeServer", (p) => void (cert(p).keySize = 1024)))).toEqual([
      'Edge Server "edge-1" internal certificate has a 1024-bit key; the key size must be 2048 to 4096 bits (OCS-X-5).',
    ]);
  });

  it("accepts an enterprise CA on the Access Edge when neither federation nor public IM connectivity is enabled", async () => {
    const edge = changed("edgeServer", (p) => {
      Object.assign(part(p, "federation"), { enabled: false, publicImConnectivity: false, partners: [] });
      cert(part(p, "accessEdge")).issuerType = "enterprise";
    });
    expect(await messages(edge)).toEqual([]);
  });

  it("leaves a federating Access Edge without a certificate to server-require-valid-certificate", async () => {
    const edge = changed("edgeServer", (p) => void delete part(p, "accessEdge").certificate);
    expect(await messages(edge)).toEqual([]);
  });

  it("has nothing to compare when the A/V authentication service has no certificate", async () => {
    const edge = changed("edgeServer", (p) => void delete part(p, "avAuthentication").certificate);
    expect(await messages(edge)).toEqual([]);
  });

  it("names every certificate the A/V authentication service shares, joined by and", async () => {
    const edge = changed("edgeServer", (p) => {
      const internal = cert(p);
      part(p, "avAuthentication").certificate = { ...internal };
      part(p, "webConferencingEdge").certificate = { ...cert(part(p, "webConferencingEdge")), thumbprint: internal.thumbprint };
    });
    expect(await messages(edge)).toEqual([
      'Edge Server "edge-1" A/V authentication certificate is the same certificate as its internal certificate and Web Conferencing Edge certificate; the A/V authentication service needs a certificate of its own (OCS-X-5).',
    ]);
  });

  it.each([
    ["the Access Edge issuer", (p: Props) => void (cert(part(p, "accessEdge")).issuerType = UNKNOWN), "accessEdge.certificate.issuerType"],
    ["the A/V authentication thumbprint", (p: Props) => void (cert(part(p, "avAuthentication")).thumbprint = UNKNOWN), "avAuthentication.certificate.thumbprint"],
  ])("notes %s unknown during preview as not verifiable, and reports nothing in its place", async (_case, change, path) => {
    const diagnostics = await diagnosticsOf(certificateEnforceRoleFit, changed("edgeServer", change));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.enforcementLevel).toBe("advisory");
    expect(diagnostics[0]?.message).toContain(`not verifiable until update: Edge Server "edge-1" ${path} is unknown during preview`);
  });
});
