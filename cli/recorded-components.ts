import { type ConstructionSite, readConstructionSite } from "../components/construction-site";

/**
 * What the reports read from a component's outputs in the engine events: where the program
 * constructed it, and the waivers it carries (to put an accepted risk on the result it waives).
 */

/** A waiver as the component registered it; only entries whose fields are all text are kept. */
export interface RecordedWaiver {
  policy: string;
  justification: string;
  owner: string;
  expires: string;
}

export interface RecordedComponent {
  site?: ConstructionSite;
  waivers: RecordedWaiver[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readWaiver(value: unknown): RecordedWaiver | undefined {
  if (!isRecord(value)) return undefined;
  const { policy, justification, owner, expires } = value;
  if (typeof policy !== "string" || typeof justification !== "string" || typeof owner !== "string" || typeof expires !== "string") {
    return undefined;
  }
  return { policy, justification, owner, expires };
}

/** The record of one resource's outputs, or undefined when they hold neither a site nor a waiver. */
export function recordOf(outputs: Record<string, unknown> | null | undefined): RecordedComponent | undefined {
  if (!outputs) return undefined;
  const site = readConstructionSite(outputs);
  const waivers = Array.isArray(outputs.waivers) ? outputs.waivers.map(readWaiver).filter((w): w is RecordedWaiver => w !== undefined) : [];
  if (!site && waivers.length === 0) return undefined;
  return site ? { site, waivers } : { waivers };
}
