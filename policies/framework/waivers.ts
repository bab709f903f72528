import type { Waiver } from "../../components/model/waiver";
import { isUnknownSentinel, unwrapProxy } from "./decode";

export type WaiverStatus = { valid: true } | { valid: false; reasons: string[] };

/** Today's date as `YYYY-MM-DD`, the form waiver expiries are written in. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A waiver is in force when it names a justification and an owner and has not expired (it holds
 * through its expiry day). A waiver that is not in force waives nothing.
 */
export function waiverStatus(waiver: Partial<Waiver>, now: Date): WaiverStatus {
  const reasons: string[] = [];
  if (typeof waiver.justification !== "string" || waiver.justification.trim() === "") {
    reasons.push("it has no justification");
  }
  if (typeof waiver.owner !== "string" || waiver.owner.trim() === "") reasons.push("it has no owner");
  if (typeof waiver.expires !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(waiver.expires)) {
    reasons.push(`its expiry ${JSON.stringify(waiver.expires ?? null)} is not a date written YYYY-MM-DD`);
  } else if (waiver.expires < isoDay(now)) {
    reasons.push(`it expired on ${waiver.expires}`);
  }
  return reasons.length === 0 ? { valid: true } : { valid: false, reasons };
}

/**
 * The waivers a resource carries, read leniently from its props: only well-formed, known entries
 * are returned, because a waiver that cannot be read must not waive anything.
 */
export function waiversOf(props: unknown): Partial<Waiver>[] {
  const raw = unwrapProxy(props);
  if (raw === null || typeof raw !== "object") return [];
  const list = (raw as { waivers?: unknown }).waivers;
  if (!Array.isArray(list)) return [];
  return list
    .filter((w): w is Record<string, unknown> => w !== null && typeof w === "object")
    .map((w) => Object.fromEntries(Object.entries(w).filter(([, v]) => typeof v === "string" && !isUnknownSentinel(v))));
}

/** The waiver in force for `policyName` among a resource's waivers, if any. */
export function activeWaiver(props: unknown, policyName: string, now: Date): Waiver | undefined {
  return waiversOf(props).find((w) => w.policy === policyName && waiverStatus(w, now).valid) as Waiver | undefined;
}
