import type { RequirementId } from "../../policies/framework/requirements";

/**
 * Which requirements judge a link rather than a component alone: a violation of one of these on
 * an end of the link turns the link red too. The requirement IDs are the contract's
 * (requirements.md), so a policy may be renamed or split without the picture changing.
 */

/** The gateway link, as judged on the gateway (or SIP trunk): TLS, addressing, next hop, one Mediation Server. */
export const gatewayLinkOnGateway: ReadonlySet<string> = new Set<RequirementId>(["OCS-GW-3", "OCS-GW-5", "OCS-GW-7", "OCS-GW-8"]);

/** The gateway link, as judged on the Mediation Server's external edge: TLS, its own adapter and network, its port. */
export const gatewayLinkOnMediation: ReadonlySet<string> = new Set<RequirementId>(["OCS-GW-3", "OCS-GW-4", "OCS-GW-5", "OCS-GW-7"]);

/** The internal link, from a Mediation Server to its pool: SRTP, the internal port and route, a next hop that is a pool. */
export const internalLinkOnMediation: ReadonlySet<string> = new Set<RequirementId>(["OCS-GW-1", "OCS-GW-6", "OCS-GW-8", "OCS-X-2"]);

/** A UM dial plan's link to the pools it serves: its security level and the encryption the pools' clients can use. */
export const dialPlanLink: ReadonlySet<string> = new Set<RequirementId>(["OCS-UM-1", "OCS-UM-2", "OCS-UM-3", "OCS-UM-4"]);
