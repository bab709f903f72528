import type { PortRule } from "../../../components/model/edge-server";
import { describeOpen, legacyCombinations, openRanges, rulesCover } from "../../../policies/edge/port-coverage";

const rule = (protocol: PortRule["protocol"], direction: PortRule["direction"], start: number, end: number): PortRule => ({
  protocol,
  direction,
  ports: { start, end },
});
const range = { start: 50000, end: 59999 };

describe("rulesCover", () => {
  it.each<[string, PortRule[], boolean]>([
    ["one rule of exactly the range", [rule("udp", "inbound", 50000, 59999)], true],
    ["a wider rule", [rule("udp", "inbound", 49152, 65535)], true],
    ["two adjacent rules", [rule("udp", "inbound", 50000, 54999), rule("udp", "inbound", 55000, 59999)], true],
    ["two overlapping rules in any order", [rule("udp", "inbound", 54000, 59999), rule("udp", "inbound", 50000, 55000)], true],
    ["a gap of one port", [rule("udp", "inbound", 50000, 54999), rule("udp", "inbound", 55001, 59999)], false],
    ["a rule that stops short", [rule("udp", "inbound", 50000, 59998)], false],
    ["the right ports for the other protocol", [rule("tcp", "inbound", 50000, 59999)], false],
    ["the right ports for the other direction", [rule("udp", "outbound", 50000, 59999)], false],
    ["no rule", [], false],
  ])("udp inbound with %s: %s", (_name, rules, expected) => {
    expect(rulesCover(rules, "udp", "inbound", range)).toBe(expected);
  });
});

describe("openRanges and describeOpen", () => {
  const rules = [rule("tcp", "outbound", 56000, 59999), rule("tcp", "outbound", 50000, 54999), rule("udp", "outbound", 50000, 59999)];
  it("keeps only the protocol and direction asked", () => {
    expect(openRanges(rules, "tcp", "outbound")).toEqual([
      { start: 56000, end: 59999 },
      { start: 50000, end: 54999 },
    ]);
  });
  it.each([
    ["tcp", "outbound", "50000-54999, 56000-59999"],
    ["udp", "outbound", "50000-59999"],
    ["udp", "inbound", "no ports"],
  ] as const)("writes %s %s as %s", (protocol, direction, text) => {
    expect(describeOpen(rules, protocol, direction)).toBe(text);
  });
  it("lists the four OCS 2007 combinations", () => {
    expect(legacyCombinations.map((c) => `${c.protocol} ${c.direction}`)).toEqual(["tcp inbound", "tcp outbound", "udp inbound", "udp outbound"]);
  });
});
