import ipaddr from "ipaddr.js";
import type { PortRange } from "./model/primitives";

/**
 * Address and port arithmetic the topology rules rely on. Plain functions over plain values, so
 * they are tested without Pulumi and shared by components and policies.
 */

type Network = [ipaddr.IPv4, number];

function parseNetwork(cidr: string): Network {
  return ipaddr.IPv4.parseCIDR(cidr);
}

/** Whether `ip` lies inside the network `cidr`. */
export function ipInSubnet(ip: string, cidr: string): boolean {
  return ipaddr.IPv4.parse(ip).match(parseNetwork(cidr));
}

/** Whether two networks share at least one address. */
export function subnetsOverlap(a: string, b: string): boolean {
  const [netA, bitsA] = parseNetwork(a);
  const [netB, bitsB] = parseNetwork(b);
  // The shorter prefix is the larger network; they overlap exactly when it contains the other's base.
  return bitsA <= bitsB ? netB.match(netA, bitsA) : netA.match(netB, bitsB);
}

/** Whether an IPv4 address is publicly routable (not private, loopback, link-local, CGNAT, reserved...). */
export function isPubliclyRoutable(ip: string): boolean {
  return ipaddr.IPv4.parse(ip).range() === "unicast";
}

/** The ipaddr.js range name of an address (`private`, `carrierGradeNat`, `unicast`, ...), for messages. */
export function addressRange(ip: string): string {
  return ipaddr.IPv4.parse(ip).range();
}

/** Number of ports in an inclusive range. */
export function rangeSize(range: PortRange): number {
  return range.end - range.start + 1;
}

/** Whether `outer` contains every port of `inner`. */
export function rangeCovers(outer: PortRange, inner: PortRange): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Whether the union of `ranges` contains every port of `target`. */
export function rangesCover(ranges: readonly PortRange[], target: PortRange): boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let next = target.start;
  for (const r of sorted) {
    if (r.start > next) break;
    if (r.end >= next) next = r.end + 1;
    if (next > target.end) return true;
  }
  return next > target.end;
}

/** Writes a range as `60000-64000`. */
export function formatRange(range: PortRange): string {
  return range.start === range.end ? `${range.start}` : `${range.start}-${range.end}`;
}
