import type { IpsecExemption } from "../../../components/model/ipsec-policy";
import { endpointClashes, formatEndpoint } from "../../../policies/gateway/endpoints";
import { exemptionIsSmall, exemptionsFor, mediaRangeExempted } from "../../../policies/gateway/media-exemptions";
import { resolveReference } from "../../../policies/gateway/resolve";
import { UnknownValueError, unknownStringValue } from "../../../policies/framework/sdk-internals";

describe("endpointClashes", () => {
  it.each([
    { title: "distinct endpoints", b: { ip: "10.0.0.2", port: 5061 }, clash: false },
    { title: "same IP, other port", b: { ip: "10.0.0.1", port: 5062 }, clash: false },
    { title: "same IP and port", b: { ip: "10.0.0.1", port: 5061 }, clash: true },
  ])("$title", ({ b, clash }) => {
    const clashes = endpointClashes([
      { owner: "a", endpoints: [{ ip: "10.0.0.1", port: 5061 }] },
      { owner: "b", endpoints: [b] },
    ]);
    expect(clashes.has("a")).toBe(clash);
    expect(clashes.has("b")).toBe(clash);
    if (clash) expect(clashes.get("a")).toEqual([{ endpoint: { ip: "10.0.0.1", port: 5061 }, others: ["b"] }]);
  });

  it("formats an endpoint", () => expect(formatEndpoint({ ip: "10.1.20.5", port: 5060 })).toBe("10.1.20.5:5060"));
});

const exemption = (protocol: IpsecExemption["protocol"], start: number, end: number, ...appliesTo: string[]): IpsecExemption => ({
  name: `${protocol}-${start}`,
  protocol,
  ports: { start, end },
  appliesTo,
});

describe("media exemptions", () => {
  const range = { start: 60000, end: 64000 };
  it.each([
    { title: "one udp exemption covering", exemptions: [exemption("udp", 60000, 64000, "med01.contoso.com")], covered: true },
    { title: "any counts as udp", exemptions: [exemption("any", 60000, 64000, "med01.contoso.com")], covered: true },
    { title: "tcp does not carry RTP", exemptions: [exemption("tcp", 60000, 64000, "med01.contoso.com")], covered: false },
    { title: "applied to another server", exemptions: [exemption("udp", 60000, 64000, "med02.contoso.com")], covered: false },
    { title: "FQDN case ignored", exemptions: [exemption("udp", 60000, 64000, "MED01.contoso.com")], covered: true },
    {
      title: "two adjacent exemptions",
      exemptions: [exemption("udp", 60000, 61999, "med01.contoso.com"), exemption("udp", 62000, 64000, "med01.contoso.com")],
      covered: true,
    },
    { title: "too short", exemptions: [exemption("udp", 60000, 62000, "med01.contoso.com")], covered: false },
  ])("$title", ({ exemptions, covered }) => {
    expect(mediaRangeExempted("med01.contoso.com", range, exemptions)).toBe(covered);
  });

  it.each([
    { size: 4001, max: 4001, small: true },
    { size: 4002, max: 4001, small: false },
  ])("$size ports against at most $max", ({ size, max, small }) => {
    expect(exemptionIsSmall(exemption("udp", 60000, 60000 + size - 1, "x.contoso.com"), max)).toBe(small);
  });

  it("lists the exemptions applied to a server", () => {
    expect(exemptionsFor("a.contoso.com", [exemption("udp", 1, 2, "A.contoso.com"), exemption("udp", 3, 4, "b.contoso.com")])).toHaveLength(1);
  });
});

describe("resolveReference", () => {
  const unknownKey = () => {
    throw new UnknownValueError(unknownStringValue, ["fqdn"]);
  };
  it("matches case-insensitively", () => {
    expect(resolveReference(["Pool01.contoso.com", "se01.contoso.com"], (x) => x, "pool01.CONTOSO.com")).toEqual(["Pool01.contoso.com"]);
  });
  it("returns a known match even when another key is unknown", () => {
    expect(resolveReference(["a", "b"], (x) => (x === "a" ? unknownKey() : x), "b")).toEqual(["b"]);
  });
  it("raises the unknown when nothing known matches", () => {
    expect(() => resolveReference(["a", "b"], (x) => (x === "a" ? unknownKey() : x), "c")).toThrow(UnknownValueError);
  });
  it("returns nothing when every key is known and none matches", () => {
    expect(resolveReference(["a"], (x) => x, "c")).toEqual([]);
  });
});
