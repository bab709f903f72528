/**
 * The requirement IDs of the contract (requirements.md). A policy names the IDs it enforces; a
 * test checks that every ID here is enforced by at least one policy.
 */
export const requirementIds = [
  "OCS-ENC-1",
  "OCS-ENC-2",
  "OCS-ENC-3",
  "OCS-ENC-4",
  "OCS-ROLE-1",
  "OCS-RISK-1",
  "OCS-FED-1",
  "OCS-FED-2",
  "OCS-ADM-1",
  "OCS-ADM-2",
  "OCS-UM-1",
  "OCS-UM-2",
  "OCS-UM-3",
  "OCS-UM-4",
  "OCS-UM-5",
  "OCS-GW-1",
  "OCS-GW-2",
  "OCS-GW-3",
  "OCS-GW-4",
  "OCS-GW-5",
  "OCS-GW-6",
  "OCS-GW-7",
  "OCS-GW-8",
  "OCS-X-1",
  "OCS-X-2",
  "OCS-X-3",
  "OCS-X-4",
  "OCS-X-5",
] as const;
export type RequirementId = (typeof requirementIds)[number];

/** Where a rule comes from: a seed document and its section, or Microsoft's deployment docs. */
export interface SeedReference {
  /** `000` (security enhancements), `001` (security requirements) or `deployment-docs`. */
  document: "000" | "001" | "deployment-docs";
  section: string;
  /** The sentence the rule enforces, quoted. */
  text: string;
}

export function describeSource(seed: SeedReference): string {
  return seed.document === "deployment-docs"
    ? `Microsoft deployment documentation, ${seed.section}`
    : `seed ${seed.document}, ${seed.section}`;
}
