import fc from "fast-check";
import { normaliseFqdn, sameFqdn } from "../../components/model/fqdn";
import { fqdn } from "../../components/model/primitives";

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const name = fc.array(label, { minLength: 2, maxLength: 4 }).map((labels) => labels.join("."));
/** Another spelling of the same name: any letter's case, blanks around it, a trailing dot. */
const spelling = (plain: string) =>
  fc
    .tuple(fc.array(fc.boolean(), { minLength: plain.length, maxLength: plain.length }), fc.boolean(), fc.constantFrom("", " ", "\t"))
    .map(([upper, rooted, blank]) => `${blank}${[...plain].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join("")}${rooted ? "." : ""}${blank}`);

describe("FQDN spelling", () => {
  it("the schema stores every spelling of a name as the name itself", () => {
    fc.assert(fc.property(name.chain((n) => fc.tuple(fc.constant(n), spelling(n))), ([plain, spelt]) => {
      expect(fqdn.parse(spelt)).toBe(plain);
      expect(normaliseFqdn(spelt)).toBe(plain);
      expect(sameFqdn(spelt, plain)).toBe(true);
    }));
  });

  it("a name the schema accepts is already in its one spelling", () => {
    fc.assert(
      fc.property(fc.oneof(name, name.chain(spelling), fc.string()), (s) => {
        const result = fqdn.safeParse(s);
        if (result.success) expect(normaliseFqdn(result.data)).toBe(result.data);
      }),
    );
  });

  it("different names stay different", () => {
    fc.assert(fc.property(name, name, (a, b) => expect(sameFqdn(a, b)).toBe(a === b)));
  });

  it.each([
    ["pool01", "one label is not fully qualified"],
    ["pool01.contoso.com..", "two trailing dots"],
    [".contoso.com", "an empty first label"],
    ["pool 01.contoso.com", "a blank inside"],
    ["pool_01.contoso.com", "an underscore"],
    [".", "the root alone"],
  ])("the schema refuses %s (%s) with one sentence", (value) => {
    const result = fqdn.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain("must be a fully qualified domain name such as pool01.contoso.com");
  });
});
