import { leafValues, redactText, SECRET_MARK } from "../../components/model/redact";

describe("redactText", () => {
  it.each([
    ["a secret address", 'gateway "gw-1" address 10.1.10.20 lies outside 10.1.20.0/24', ["10.1.10.20"], 'gateway "gw-1" address [secret] lies outside 10.1.20.0/24'],
    ["a secret inside a longer address leaves no tail", "addresses 10.0.0.10 and 10.0.0.1", ["10.0.0.1"], "addresses [secret] and [secret]"],
    ["a port printed with a thousands separator", "range ends at 60,000 and starts at 50000", [60000], "range ends at [secret] and starts at 50000"],
    ["a non-secret value equal to a secret one", "listens on 5061; expected 5061", [5061], "listens on [secret]; expected [secret]"],
    ["a port inside a port range", "ports 5061-5062 are open", [5061], "ports [secret] are open"],
    ["a port after a known address", "next hop is 10.2.20.5:5077", [5077], "next hop is 10.2.20.5:[secret]"],
    ["an FQDN in another case and without its final dot", "next hop POOL01.contoso.com is not a pool", ["pool01.Contoso.com."], "next hop [secret] is not a pool"],
    ["a network's address", "subnet 10.1.0.0 overlaps", ["10.1.0.0/16"], "subnet [secret] overlaps"],
    ["a JSON-escaped text", 'justification is "say \\"hi\\""', ['say "hi"'], 'justification is "[secret]"'],
    ["a numeric text", "port is 5,070", ["5070"], "port is [secret]"],
    ["text cut short after the start of a secret", 'field internal is {"ip":"10.9.8...', ["10.9.8.7"], 'field internal is {"ip":"[secret]'],
    ["a sentence's closing dot stays", "address is 10.0.0.1.", ["10.0.0.1"], "address is [secret]."],
    ["overlapping secrets", "abcdef", ["abcd", "cdef"], "[secret]"],
    ["a secret with spaces", "accepted by voice team: Lab only until May", ["Lab only until May"], "accepted by voice team: [secret]"],
    ["nothing secret", "port is 5070", [], "port is 5070"],
    ["an empty secret", "port is 5070", [""], "port is 5070"],
  ])("redacts %s", (_case, text, secrets, expected) => {
    expect(redactText(text, secrets)).toBe(expected);
  });

  it("never leaves any form of the secret, whatever surrounds it", () => {
    const secrets = ["10.20.30.40", 65001];
    for (const around of ["", "x", "1", ".", "-", " ", "/", ":", '"']) {
      const text = `${around}10.20.30.40${around} and ${around}65001${around} and ${around}65,001${around}`;
      const out = redactText(text, secrets);
      expect(out).not.toMatch(/10\.20|30\.40|65001|65,001/);
      expect(out).toContain(SECRET_MARK);
    }
  });
});

describe("leafValues", () => {
  it("lists the strings and numbers at any depth", () => {
    expect(leafValues({ a: "x", b: [1, { c: "y", d: true, e: null }] })).toEqual(["x", 1, "y"]);
  });
});

describe("secrets the fuzzer found", () => {
  it("a blank secret leaves the message readable (it reveals nothing)", () => {
    expect(redactText('field level is "x"; it must be one of "required".', [" "])).toBe('field level is "x"; it must be one of "required".');
  });

  it("a secret too long for a regular expression is still hidden", () => {
    const huge = "é".repeat(19_000);
    expect(redactText(`profile ${huge} is unknown`, [huge])).toBe(`profile ${SECRET_MARK} is unknown`);
    const dotted = "İ".repeat(19_000);
    expect(redactText(`profile ${dotted} is unknown`, [dotted])).not.toContain("İ");
  });
});

describe("short secrets", () => {
  it.each([
    ["a one-letter secret inside words", 'Mediation Server "med-1" has a malformed model', ["a"], 'Mediation Server "med-1" has [secret] malformed model'],
    ["a one-digit secret standing alone", "port 7 is closed, 17 is open", [7], "port [secret] is closed, 17 is open"],
    ["a quoted punctuation secret", 'field x is ":"; it must be text', [":"], 'field x is "[secret]"; it must be text'],
  ])("%s is hidden only where it stands alone", (_case, text, secrets, expected) => {
    expect(redactText(text, secrets)).toBe(expected);
  });
});
