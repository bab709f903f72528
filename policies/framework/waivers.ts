import type { Waiver } from "../../components/model/waiver";
import { isUnknownSentinel, unwrapProxy } from "./decode";
import { type ConfiguredException, defaultWaiverRules, type WaiverRules } from "./exceptions";
import { justificationProblem, ownerProblem, type Show, showText } from "./waiver-quality";

export type WaiverStatus = { valid: true } | { valid: false; reasons: string[] };

/** The fields a waiver in the program and an exception in the configuration share. */
type Assessment = Partial<Pick<Waiver, "justification" | "owner" | "expires">>;

/** A resource as waivers are matched against it. */
export interface WaivedResource {
  urn: string;
  name: string;
  props: unknown;
}

/** An accepted deviation in force: who accepted it, why, until when, and where it is recorded. */
export interface Acceptance {
  policy: string;
  justification: string;
  owner: string;
  expires: string;
  ticket?: string;
  recordedIn: "pack configuration" | "program";
}

/** Today's date as `YYYY-MM-DD`, the form waiver expiries are written in. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The last day an expiry may name: `days` after today. */
export function latestExpiry(now: Date, days: number): string {
  return isoDay(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)));
}

/**
 * A waiver or exception is in force when its justification says why in words, its owner names
 * someone, and its expiry is today or later but within the horizon (it holds through its expiry
 * day). One that is not in force waives nothing.
 */
export function waiverStatus(
  waiver: Assessment,
  now: Date,
  rules: Pick<WaiverRules, "maximumHorizonDays"> = defaultWaiverRules,
  show: Show = showText,
): WaiverStatus {
  const reasons = [justificationProblem(waiver.justification, show), ownerProblem(waiver.owner, show)].filter(
    (r): r is string => r !== undefined,
  );
  if (typeof waiver.expires !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(waiver.expires)) {
    reasons.push(`its expiry ${JSON.stringify(waiver.expires ?? null)} is not a date written YYYY-MM-DD`);
  } else if (waiver.expires < isoDay(now)) {
    reasons.push(`it expired on ${waiver.expires}`);
  } else if (waiver.expires > latestExpiry(now, rules.maximumHorizonDays)) {
    reasons.push(
      `its expiry ${waiver.expires} is more than ${rules.maximumHorizonDays} days away; the latest allowed is ${latestExpiry(now, rules.maximumHorizonDays)}`,
    );
  }
  return reasons.length === 0 ? { valid: true } : { valid: false, reasons };
}

/** Keeps the first of each group of identical entries. */
function distinct<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const sameFields = (w: object) => JSON.stringify(Object.entries(w).sort(([a], [b]) => a.localeCompare(b)));

/**
 * The waivers a resource carries, read leniently from its props: only string fields are kept,
 * because a waiver that cannot be read must not waive anything. A waiver holding a value unknown
 * during preview is left out whole: it waives nothing until update, and the waiver policy notes it
 * as not verifiable rather than judging it incomplete. A waiver written twice counts once.
 */
export function waiversOf(props: unknown): Partial<Waiver>[] {
  const raw = unwrapProxy(props);
  if (raw === null || typeof raw !== "object") return [];
  const list = (raw as { waivers?: unknown }).waivers;
  if (!Array.isArray(list)) return [];
  const waivers = list
    .filter((w): w is Record<string, unknown> => w !== null && typeof w === "object")
    .filter((w) => !Object.values(w).some(isUnknownSentinel))
    .map((w) => Object.fromEntries(Object.entries(w).filter(([, v]) => typeof v === "string")));
  return distinct(waivers, sameFields);
}

function globToRegExp(glob: string): RegExp {
  const source = [...glob].map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[\\^$.+()|[\]{}]/g, "\\$&"))).join("");
  return new RegExp(`^${source}$`, "u");
}

/** Whether an exception's `resource` names this resource: its URN or its name, exactly or as a glob. */
export function matchesResource(pattern: string, resource: Pick<WaivedResource, "urn" | "name">): boolean {
  if (pattern === resource.urn || pattern === resource.name) return true;
  // Stryker disable next-line ConditionalExpression,Regex: a glob without wildcards matches only itself, which the exact comparison above has judged
  if (!/[*?]/.test(pattern)) return false;
  const glob = globToRegExp(pattern);
  return glob.test(resource.urn) || glob.test(resource.name);
}

/** The configured exceptions that cover a resource, each distinct exception once. */
export function exceptionsFor(resource: Pick<WaivedResource, "urn" | "name">, rules: WaiverRules): ConfiguredException[] {
  return distinct(
    rules.exceptions.filter((e) => matchesResource(e.resource, resource)),
    sameFields,
  );
}

function fromException(e: ConfiguredException): Acceptance {
  return {
    policy: e.policy,
    justification: e.justification,
    owner: e.owner,
    expires: e.expires,
    ...(e.ticket !== undefined ? { ticket: e.ticket } : {}),
    recordedIn: "pack configuration",
  };
}

/**
 * The acceptance in force for `policy` on `resource`, if any: a valid exception of the pack
 * configuration, else a valid waiver of the program unless the organisation requires every
 * exception to be in the configuration.
 */
export function acceptanceFor(resource: WaivedResource, policy: string, now: Date, rules: WaiverRules): Acceptance | undefined {
  const configured = exceptionsFor(resource, rules).find((e) => e.policy === policy && waiverStatus(e, now, rules).valid);
  if (configured) return fromException(configured);
  if (rules.requireConfiguredExceptions) return undefined;
  const waiver = waiversOf(resource.props).find((w) => w.policy === policy && waiverStatus(w, now, rules).valid);
  return waiver ? { ...(waiver as Waiver), recordedIn: "program" } : undefined;
}

/** Every acceptance in force on a resource, one per policy (duplicates collapsed). */
export function acceptancesOf(resource: WaivedResource, now: Date, rules: WaiverRules): Acceptance[] {
  const policies = [
    ...exceptionsFor(resource, rules).map((e) => e.policy),
    ...waiversOf(resource.props).map((w) => w.policy),
  ].filter((p): p is string => typeof p === "string");
  return [...new Set(policies)]
    .map((policy) => acceptanceFor(resource, policy, now, rules))
    .filter((a): a is Acceptance => a !== undefined);
}
