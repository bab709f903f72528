import type { PortRule } from "../../components/model/edge-server";
import type { PortRange } from "../../components/model/primitives";
import { formatRange, rangesCover } from "../../components/network";

export type Protocol = PortRule["protocol"];
export type Direction = PortRule["direction"];

/** Every protocol and direction the OCS 2007 A/V range must be open for (RTP/TCP and RTP/UDP, both ways). */
export const legacyCombinations: readonly { protocol: Protocol; direction: Direction }[] = [
  { protocol: "tcp", direction: "inbound" },
  { protocol: "tcp", direction: "outbound" },
  { protocol: "udp", direction: "inbound" },
  { protocol: "udp", direction: "outbound" },
];

/** The port ranges the rules open for one protocol and direction. */
export function openRanges(rules: readonly PortRule[], protocol: Protocol, direction: Direction): PortRange[] {
  return rules.filter((r) => r.protocol === protocol && r.direction === direction).map((r) => r.ports);
}

/** Whether the rules together open every port of `range` for the protocol and direction (rules may be split). */
export function rulesCover(rules: readonly PortRule[], protocol: Protocol, direction: Direction, range: PortRange): boolean {
  return rangesCover(openRanges(rules, protocol, direction), range);
}

/** Writes the ranges a protocol and direction opens, for messages: `50000-54999, 56000-59999` or `no ports`. */
export function describeOpen(rules: readonly PortRule[], protocol: Protocol, direction: Direction): string {
  const ranges = openRanges(rules, protocol, direction).sort((a, b) => a.start - b.start);
  return ranges.length === 0 ? "no ports" : ranges.map(formatRange).join(", ");
}
