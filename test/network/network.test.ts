import fc from "fast-check";
import {
  addressRange,
  formatRange,
  ipInSubnet,
  isPubliclyRoutable,
  rangeCovers,
  rangeSize,
  rangesCover,
  subnetsOverlap,
} from "../../components/network";
import type { PortRange } from "../../components/model/primitives";

const r = (start: number, end: number): PortRange => ({ start, end });

describe("ipInSubnet", () => {
  it.each([
    ["10.1.20.20", "10.1.20.0/24", true],
    ["10.1.20.255", "10.1.20.0/24", true],
    ["10.1.21.0", "10.1.20.0/24", false],
    ["131.107.200.20", "10.1.20.0/24", false],
    ["10.1.30.20", "10.1.0.0/16", true],
    ["192.168.1.1", "0.0.0.0/0", true],
    ["10.0.0.1", "10.0.0.1/32", true],
    ["10.0.0.2", "10.0.0.1/32", false],
  ])("%s in %s is %s", (ip, cidr, expected) => {
    expect(ipInSubnet(ip, cidr)).toBe(expected);
  });
});

describe("subnetsOverlap", () => {
  it.each([
    ["10.1.10.0/24", "10.1.20.0/24", false],
    ["10.1.0.0/16", "10.1.20.0/24", true],
    ["10.1.20.0/24", "10.1.0.0/16", true],
    ["10.1.20.0/25", "10.1.20.128/25", false],
    ["10.1.20.0/24", "10.1.20.128/25", true],
    ["0.0.0.0/0", "172.16.0.0/12", true],
  ])("%s and %s overlap: %s", (a, b, expected) => {
    expect(subnetsOverlap(a, b)).toBe(expected);
  });
});

describe("isPubliclyRoutable and addressRange", () => {
  it.each([
    ["131.107.1.12", true, "unicast"],
    ["10.20.0.12", false, "private"],
    ["172.16.5.4", false, "private"],
    ["192.168.0.1", false, "private"],
    ["100.64.0.1", false, "carrierGradeNat"],
    ["127.0.0.1", false, "loopback"],
    ["169.254.10.1", false, "linkLocal"],
    ["192.0.2.10", false, "reserved"],
  ])("%s is publicly routable: %s (%s)", (ip, routable, range) => {
    expect(isPubliclyRoutable(ip)).toBe(routable);
    expect(addressRange(ip)).toBe(range);
  });
});

describe("rangeSize", () => {
  it.each([
    [r(60000, 64000), 4001],
    [r(50000, 59999), 10000],
    [r(5061, 5061), 1],
  ])("%o holds %i ports", (range, size) => {
    expect(rangeSize(range)).toBe(size);
  });
});

describe("rangeCovers", () => {
  it.each([
    [r(60000, 64000), r(60000, 64000), true],
    [r(60000, 62000), r(60000, 64000), false],
    [r(50000, 59999), r(55000, 56000), true],
    [r(50000, 59999), r(49999, 50000), false],
  ])("%o covers %o: %s", (outer, inner, expected) => {
    expect(rangeCovers(outer, inner)).toBe(expected);
  });
});

describe("rangesCover", () => {
  it.each([
    [[r(50000, 54999), r(55000, 59999)], r(50000, 59999), true],
    [[r(55000, 59999), r(50000, 54999)], r(50000, 59999), true],
    [[r(50000, 54998), r(55000, 59999)], r(50000, 59999), false],
    [[r(50000, 56000), r(54000, 59999)], r(50000, 59999), true],
    [[], r(50000, 59999), false],
    [[r(1, 65535)], r(50000, 59999), true],
  ])("%o cover %o: %s", (ranges, target, expected) => {
    expect(rangesCover(ranges, target)).toBe(expected);
  });
});

describe("formatRange", () => {
  it.each([
    [r(60000, 64000), "60000-64000"],
    [r(5060, 5060), "5060"],
  ])("%o is written %s", (range, text) => {
    expect(formatRange(range)).toBe(text);
  });
});

describe("properties", () => {
  const octet = fc.integer({ min: 0, max: 255 });
  const ip = fc.tuple(octet, octet, octet, octet).map((o) => o.join("."));
  const cidr = fc.tuple(ip, fc.integer({ min: 0, max: 32 })).map(([a, bits]) => `${a}/${bits}`);
  const port = fc.integer({ min: 1, max: 65535 });
  const range = fc.tuple(port, port).map(([a, b]) => r(Math.min(a, b), Math.max(a, b)));

  it("subnetsOverlap is symmetric", () => {
    fc.assert(fc.property(cidr, cidr, (a, b) => subnetsOverlap(a, b) === subnetsOverlap(b, a)));
  });

  it("a subnet overlaps itself", () => {
    fc.assert(fc.property(cidr, (a) => subnetsOverlap(a, a)));
  });

  it("an address in both of two subnets means they overlap", () => {
    fc.assert(fc.property(ip, cidr, cidr, (a, x, y) => !(ipInSubnet(a, x) && ipInSubnet(a, y)) || subnetsOverlap(x, y)));
  });

  it("rangesCover of [r] equals rangeCovers(r)", () => {
    fc.assert(fc.property(range, range, (outer, target) => rangesCover([outer], target) === rangeCovers(outer, target)));
  });

  it("a range covers itself and its size is positive", () => {
    fc.assert(fc.property(range, (x) => rangeCovers(x, x) && rangeSize(x) >= 1));
  });

  it("splitting a range in two keeps it covered, in any order", () => {
    fc.assert(
      fc.property(range, fc.nat(), (x, k) => {
        const cut = x.start + (k % rangeSize(x));
        const parts = cut === x.start ? [x] : [r(cut, x.end), r(x.start, cut - 1)];
        return rangesCover(parts, x);
      }),
    );
  });
});
