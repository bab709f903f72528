import {
  requiredValidUntil,
  serverRequireValidCertificate,
} from "../../../policies/certificates/server-require-valid-certificate";
import { serverKinds } from "../../../policies/roles/server-kinds";
import { UNKNOWN } from "../../harness/engine";
import { changed } from "../../fixtures/one-of-each-kind";
import { asStackResource } from "../../harness/engine";
import { memberPolicySuite } from "../suite/member-suite";

type Props = Record<string, unknown>;
const cert = (props: Props, key = "certificate") => props[key] as Props;
const part = (props: Props, key: string) => props[key] as Props;

memberPolicySuite({
  policy: serverRequireValidCertificate,
  name: "server-require-valid-certificate",
  requirements: ["OCS-ENC-1"],
  level: "mandatory",
  kinds: [...serverKinds],
  breaking: [
    {
      name: "the Standard Edition certificate expired",
      kind: "standardEditionServer",
      change: (p) => void (cert(p).notAfter = "2020-01-01"),
      says: ["certificate is valid until 2020-01-01", "it must be valid until at least"],
    },
    {
      name: "the Archiving Server has no certificate",
      kind: "archivingServer",
      change: (p) => void delete p.certificate,
      says: ["has no certificate", "covers arch01.contoso.com"],
    },
    {
      name: "the pool certificate names a front end, not the pool",
      kind: "enterprisePool",
      change: (p) => Object.assign(cert(p), { subject: "fe01.contoso.com", subjectAlternativeNames: [] }),
      says: ["certificate names fe01.contoso.com", "must cover pool01.contoso.com"],
    },
    {
      name: "the Communicator Web Access certificate does not name the site URL",
      kind: "communicatorWebAccess",
      change: (p) => Object.assign(cert(p), { subject: "cwa01.contoso.com", subjectAlternativeNames: ["cwa01.contoso.com"] }),
      says: ["names cwa01.contoso.com", "must cover im.contoso.com"],
    },
    {
      name: "a wildcard covers two labels",
      kind: "mediationServer",
      change: (p) => Object.assign(cert(p), { subject: "*.com" }),
      says: ["names *.com", "must cover med01.contoso.com"],
    },
    {
      name: "the Access Edge certificate names the internal FQDN",
      kind: "edgeServer",
      change: (p) => Object.assign(cert(part(p, "accessEdge")), { subject: "edge-int.contoso.com" }),
      says: ["Access Edge certificate names edge-int.contoso.com", "must cover sip.contoso.com"],
    },
    {
      name: "the Web Conferencing Edge has no certificate",
      kind: "edgeServer",
      change: (p) => void delete part(p, "webConferencingEdge").certificate,
      says: ["has no Web Conferencing Edge certificate", "covers webconf.contoso.com"],
    },
    {
      name: "the A/V authentication service has no certificate",
      kind: "edgeServer",
      change: (p) => void delete part(p, "avAuthentication").certificate,
      says: ["has no A/V authentication certificate", "is required"],
    },
    {
      name: "the Group Chat certificate names another server",
      kind: "groupChatServer",
      change: (p) => Object.assign(cert(p), { subject: "gc02.contoso.com" }),
      says: ["names gc02.contoso.com", "must cover gc01.contoso.com"],
    },
  ],
  config: [
    {
      name: "minimumDaysValid rejects a certificate that expires too soon",
      kind: "monitoringServer",
      change: (p) => void (cert(p).notAfter = requiredValidUntil(new Date(), 10)),
      config: { minimumDaysValid: 30 },
      violations: [0, 1],
    },
  ],
  unknown: { kind: "standardEditionServer", change: (p, u) => void (cert(p).notAfter = u) },
  malformed: { kind: "standardEditionServer", change: (p) => void (p.certificate = 42) },
});

describe("requiredValidUntil", () => {
  it.each([
    ["2024-02-28T23:00:00Z", 0, "2024-02-28"],
    ["2024-02-28T10:00:00Z", 1, "2024-02-29"],
    ["2023-12-31T10:00:00Z", 1, "2024-01-01"],
  ])("from %s plus %i days is %s", (now, days, expected) => {
    expect(requiredValidUntil(new Date(now), days)).toBe(expected);
  });
});

describe("server-require-valid-certificate on an Edge Server", () => {
  it("keeps judging the other certificates when one is unknown during preview", () => {
    const edge = changed("edgeServer", (p) => {
      cert(part(p, "accessEdge")).notAfter = UNKNOWN;
      delete part(p, "webConferencingEdge").certificate;
    });
    const result = serverRequireValidCertificate.evaluate([asStackResource(edge)]);
    expect(result.violations.map((v) => v.message)).toEqual([
      'Edge Server "edge-1" has no Web Conferencing Edge certificate; a certificate whose subject or a SAN covers webconf.contoso.com is required (OCS-ENC-1).',
    ]);
    expect(result.unverifiable).toEqual([{ subject: 'Edge Server "edge-1"', path: "accessEdge.certificate.notAfter" }]);
  });
});
