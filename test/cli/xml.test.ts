import { escapeXml, xmlAttributes } from "../../cli/xml";

describe("escapeXml", () => {
  it.each([
    ["plain text", "plain text"],
    ["a & b", "a &amp; b"],
    ["<tag>", "&lt;tag&gt;"],
    [`say "hi" it's`, "say &quot;hi&quot; it&apos;s"],
    ["]]> end", "]]&gt; end"],
    ["bell\u0007 and esc\u001b[31m", "bell and esc[31m"],
    ["tab\tnew\nline\r", "tab\tnew\nline\r"],
    ["lone \ud800 surrogate", "lone  surrogate"],
    ["pair \ud83d\ude00 kept", "pair \ud83d\ude00 kept"],
    ["\ufffe\uffff", ""],
    ["&amp;", "&amp;amp;"],
  ])("escapes %j", (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe("xmlAttributes", () => {
  it.each<[Record<string, string | number | undefined>, string]>([
    [{}, ""],
    [{ name: "a<b", tests: 3 }, ' name="a&lt;b" tests="3"'],
    [{ skip: undefined, message: 'say "x"' }, ' message="say &quot;x&quot;"'],
  ])("renders %j", (attributes, expected) => {
    expect(xmlAttributes(attributes)).toBe(expected);
  });
});
