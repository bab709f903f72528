/**
 * Exact findings of server-require-valid-certificate at its boundaries: the expiry day itself, the
 * names a certificate presents, and the wording for a slot with and without a prescribed FQDN.
 */
import { serverRequireValidCertificate } from "../../../policies/certificates/server-require-valid-certificate";
import { changed, diagnosticsOf } from "../../fixtures/one-of-each-kind";
import { asStackResource } from "../../harness/engine";

type Props = Record<string, unknown>;
const part = (props: Props, key: string) => props[key] as Props;
const cert = (props: Props) => props.certificate as Props;

async function messages(resource: Parameters<typeof diagnosticsOf>[1]): Promise<string[]> {
  return (await diagnosticsOf(serverRequireValidCertificate, resource)).map((d) => d.message.split("\n").pop() ?? "");
}

describe("server-require-valid-certificate expiry", () => {
  const now = new Date("2030-01-01T18:30:00Z");
  const expiring = (notAfter: string) => asStackResource(changed("standardEditionServer", (p) => void (cert(p).notAfter = notAfter)));
  const found = (notAfter: string, minimumDaysValid = 0) =>
    serverRequireValidCertificate.evaluate([expiring(notAfter)], { minimumDaysValid }, now).violations.map((v) => v.message);

  it("accepts a certificate on its last day of validity", () => {
    expect(found("2030-01-01")).toEqual([]);
  });

  it("refuses a certificate that expired the day before, naming both dates", () => {
    expect(found("2029-12-31")).toEqual([
      'Standard Edition server "se-1" certificate is valid until 2029-12-31; it must be valid until at least 2030-01-01 (OCS-ENC-1).',
    ]);
  });

  it("counts the configured margin from today: 30 days ask for validity until 2030-01-31", () => {
    expect(found("2030-01-31", 30)).toEqual([]);
    expect(found("2030-01-30", 30)).toEqual([
      'Standard Edition server "se-1" certificate is valid until 2030-01-30; it must be valid until at least 2030-01-31 (OCS-ENC-1).',
    ]);
  });
});

describe("server-require-valid-certificate names", () => {
  it("lists the subject and every SAN, comma separated, when none covers the FQDN", async () => {
    const pool = changed("enterprisePool", (p) =>
      Object.assign(cert(p), { subject: "fe01.contoso.com", subjectAlternativeNames: ["fe01.contoso.com", "fe02.contoso.com"] }),
    );
    expect(await messages(pool)).toEqual([
      'Enterprise pool "pool-1" certificate names fe01.contoso.com, fe01.contoso.com, fe02.contoso.com; its subject or a SAN must cover pool01.contoso.com (OCS-ENC-1).',
    ]);
  });

  it("lists the subject alone for a certificate without SANs", async () => {
    const server = changed("groupChatServer", (p) => {
      cert(p).subject = "gc02.contoso.com";
      delete cert(p).subjectAlternativeNames;
    });
    expect(await messages(server)).toEqual([
      'Group Chat server "gc-1" certificate names gc02.contoso.com; its subject or a SAN must cover gc01.contoso.com (OCS-ENC-1).',
    ]);
  });

  it("judges the internal certificate of an Edge Server against the Edge Server FQDN", async () => {
    const edge = changed("edgeServer", (p) => void (cert(p).subject = "edge-other.contoso.com"));
    expect(await messages(edge)).toEqual([
      'Edge Server "edge-1" internal certificate names edge-other.contoso.com; its subject or a SAN must cover edge-int.contoso.com (OCS-ENC-1).',
    ]);
  });
});

describe("server-require-valid-certificate missing certificates", () => {
  it("asks Communicator Web Access for a certificate covering its site URL", async () => {
    expect(await messages(changed("communicatorWebAccess", (p) => void delete p.certificate))).toEqual([
      'Communicator Web Access server "cwa-1" has no certificate; a certificate whose subject or a SAN covers im.contoso.com is required (OCS-ENC-1).',
    ]);
  });

  it("asks the A/V authentication service for a certificate without prescribing a name", async () => {
    expect(await messages(changed("edgeServer", (p) => void delete part(p, "avAuthentication").certificate))).toEqual([
      'Edge Server "edge-1" has no A/V authentication certificate; a certificate is required (OCS-ENC-1).',
    ]);
  });
});
