import { certificateCovers, certificateNames, nameCovers } from "../../../policies/certificates/name-match";

describe("nameCovers", () => {
  it.each([
    ["pool01.contoso.com", "pool01.contoso.com", true],
    ["POOL01.Contoso.com", "pool01.contoso.COM", true],
    ["pool01.contoso.com.", "pool01.contoso.com", true],
    ["pool02.contoso.com", "pool01.contoso.com", false],
    ["*.contoso.com", "pool01.contoso.com", true],
    ["*.CONTOSO.com", "Pool01.contoso.com", true],
    ["*.contoso.com", "contoso.com", false],
    ["*.contoso.com", "a.b.contoso.com", false],
    ["*.contoso.com", "pool01.fabrikam.com", false],
    ["*.contoso.com", ".contoso.com", false],
    ["pool01.*.com", "pool01.contoso.com", false],
  ])("%s covers %s: %s", (name, host, expected) => {
    expect(nameCovers(name, host)).toBe(expected);
  });
});

describe("certificateCovers", () => {
  it("accepts a match in the subject alternative names", () => {
    expect(certificateCovers({ subject: "fe01.contoso.com", subjectAlternativeNames: ["pool01.contoso.com"] }, "pool01.contoso.com")).toBe(true);
  });
  it("rejects a certificate naming neither in its subject nor its SANs", () => {
    expect(certificateCovers({ subject: "fe01.contoso.com" }, "pool01.contoso.com")).toBe(false);
  });
  it("lists the subject before the SANs", () => {
    expect(certificateNames({ subject: "a.contoso.com", subjectAlternativeNames: ["b.contoso.com"] })).toEqual(["a.contoso.com", "b.contoso.com"]);
  });
});
