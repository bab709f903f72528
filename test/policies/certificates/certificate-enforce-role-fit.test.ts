import { certificateEnforceRoleFit } from "../../../policies/certificates/certificate-enforce-role-fit";
import { serverKinds } from "../../../policies/roles/server-kinds";
import { changed } from "../../fixtures/one-of-each-kind";
import { asStackResource } from "../../harness/engine";
import { memberPolicySuite } from "../suite/member-suite";

type Props = Record<string, unknown>;
const part = (props: Props, key: string) => props[key] as Props;
const cert = (props: Props) => props.certificate as Props;

memberPolicySuite({
  policy: certificateEnforceRoleFit,
  name: "certificate-enforce-role-fit",
  requirements: ["OCS-X-5"],
  level: "mandatory",
  kinds: [...serverKinds],
  breaking: [
    {
      name: "the Archiving Server key is 1024 bits",
      kind: "archivingServer",
      change: (p) => void (cert(p).keySize = 1024),
      says: ["certificate has a 1024-bit key", "must be 2048 to 4096 bits"],
    },
    {
      name: "the pool key is 8192 bits",
      kind: "enterprisePool",
      change: (p) => void (cert(p).keySize = 8192),
      says: ["8192-bit key", "2048 to 4096 bits"],
    },
    {
      name: "the Mediation Server certificate lacks Server Authentication",
      kind: "mediationServer",
      change: (p) => void (cert(p).enhancedKeyUsages = ["client-authentication"]),
      says: ["enhanced key usages client-authentication", "must include server-authentication"],
    },
    {
      name: "the Access Edge certificate of a federating Edge comes from the enterprise CA",
      kind: "edgeServer",
      change: (p) => void (cert(part(p, "accessEdge")).issuerType = "enterprise"),
      says: ["Access Edge certificate comes from an enterprise CA", "with federation enabled it must come from a public CA"],
    },
    {
      name: "public IM connectivity uses a self-signed Access Edge certificate",
      kind: "edgeServer",
      change: (p) => {
        Object.assign(part(p, "federation"), { enabled: false, publicImConnectivity: true });
        cert(part(p, "accessEdge")).issuerType = "self-signed";
      },
      says: ["Access Edge certificate is self-signed", "with public IM connectivity enabled it must come from a public CA"],
    },
    {
      name: "the A/V authentication service reuses the internal certificate",
      kind: "edgeServer",
      change: (p) => void (part(p, "avAuthentication").certificate = { ...cert(p) }),
      says: ["A/V authentication certificate is the same certificate as its internal certificate", "a certificate of its own"],
    },
  ],
  config: [
    {
      name: "minimumKeySize 4096 rejects a 2048-bit key",
      kind: "groupChatServer",
      config: { minimumKeySize: 4096 },
      violations: [0, 1],
    },
    {
      name: "maximumKeySize 16384 accepts an 8192-bit key",
      kind: "monitoringServer",
      change: (p) => void (cert(p).keySize = 8192),
      config: { maximumKeySize: 16384 },
      violations: [1, 0],
    },
  ],
  unknown: { kind: "archivingServer", change: (p, u) => void (cert(p).keySize = u) },
  malformed: { kind: "archivingServer", change: (p) => void (p.certificate = 42) },
});

describe("certificate-enforce-role-fit certificate reuse", () => {
  it("compares thumbprints without regard to case and never prints them", () => {
    const edge = changed("edgeServer", (p) => {
      const access = cert(part(p, "accessEdge"));
      part(p, "avAuthentication").certificate = { ...access, thumbprint: String(access.thumbprint).toUpperCase() };
    });
    const [violation, ...rest] = certificateEnforceRoleFit.evaluate([asStackResource(edge)]).violations;
    expect(rest).toEqual([]);
    expect(violation.message).toBe(
      'Edge Server "edge-1" A/V authentication certificate is the same certificate as its Access Edge certificate; the A/V authentication service needs a certificate of its own (OCS-X-5).',
    );
  });

  it("leaves a missing certificate to server-require-valid-certificate", () => {
    const server = changed("standardEditionServer", (p) => void delete p.certificate);
    expect(certificateEnforceRoleFit.evaluate([asStackResource(server)]).violations).toEqual([]);
  });
});

describe("certificate-enforce-role-fit configuration", () => {
  it("refuses a minimum key size above the maximum, naming both settings", () => {
    expect(() => certificateEnforceRoleFit.resolveConfig({ minimumKeySize: 8192, maximumKeySize: 4096 })).toThrow(
      "Policy certificate-enforce-role-fit configuration: field minimumKeySize is 8192; it must not exceed maximumKeySize, which is 4096.",
    );
    expect(certificateEnforceRoleFit.resolveConfig({ minimumKeySize: 4096, maximumKeySize: 4096 })).toEqual({
      minimumKeySize: 4096,
      maximumKeySize: 4096,
    });
  });
});
