import type { SeedReference } from "../framework/requirements";

/** The section of seed 001 every gateway policy quotes. */
export function mediaGatewaySecurity(text: string): SeedReference {
  return { document: "001", section: "Media Gateway Security", text };
}
