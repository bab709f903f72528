import { z } from "zod";
import { federationPartnerSchema } from "../../components/model/edge-server";
import type { FederationPartner } from "../../components/model/edge-server";
import { portRange } from "../../components/model/primitives";

/** Configuration shared by the two federation port policies, with the seed's values as defaults. */
export const federationPortsConfig = z.object({
  /** Partner Edge versions that still need the OCS 2007 A/V port ranges. */
  legacyVersions: z.array(federationPartnerSchema.shape.edgeVersion).default(["ocs-2007", "lcs-2005"]),
  /** The OCS 2007 A/V range on the A/V Edge external interface. */
  federationRange: portRange.default({ start: 50000, end: 59999 }),
});

/** The partners that federate audio/video and whose Edge runs a legacy version. */
export function legacyAvPartners(partners: readonly FederationPartner[], legacyVersions: readonly string[]): FederationPartner[] {
  return partners.filter((p) => p.audioVideo && legacyVersions.includes(p.edgeVersion));
}

export const federationNote = {
  document: "000",
  section: "Note",
} as const;
