import type { IpsecExemption } from "../../components/model/ipsec-policy";
import type { PortRange } from "../../components/model/primitives";
import { rangesCover, rangeSize } from "../../components/network";
import { sameFqdn } from "../../components/model/fqdn";

/** Protocols of an exemption that carry media: RTP runs over UDP. */
const mediaProtocols: ReadonlySet<IpsecExemption["protocol"]> = new Set(["udp", "any"]);

/** The exemptions applied to a server, compared by FQDN in its one spelling. */
export function exemptionsFor(fqdn: string, exemptions: readonly IpsecExemption[]): IpsecExemption[] {
  return exemptions.filter((e) => e.appliesTo.some((name) => sameFqdn(name, fqdn)));
}

/** Whether the UDP-capable exemptions applied to a server together cover its media port range. */
export function mediaRangeExempted(fqdn: string, mediaRange: PortRange, exemptions: readonly IpsecExemption[]): boolean {
  const ranges = exemptionsFor(fqdn, exemptions)
    .filter((e) => mediaProtocols.has(e.protocol))
    .map((e) => e.ports);
  return rangesCover(ranges, mediaRange);
}

/** Whether an exemption stays within the "small media port range" the seed asks for. */
export function exemptionIsSmall(exemption: IpsecExemption, maximumPorts: number): boolean {
  return rangeSize(exemption.ports) <= maximumPorts;
}
