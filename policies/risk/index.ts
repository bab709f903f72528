import type { OcsPolicy } from "../framework/define";
import { waiverReportAcceptedRisks } from "./waiver-report-accepted-risks";
import { waiverRequireJustificationOwnerExpiry } from "./waiver-require-justification-owner-expiry";

export { waiverReportAcceptedRisks, waiverRequireJustificationOwnerExpiry };

/**
 * The OCS-RISK-1 policies judge waivers of the other policies, so they are built from that list
 * (read lazily, once the pack is assembled).
 */
export function riskPolicies(others: () => readonly OcsPolicy[]): OcsPolicy[] {
  return [
    waiverRequireJustificationOwnerExpiry(() => others().map((p) => p.info.name)),
    waiverReportAcceptedRisks(others),
  ];
}
