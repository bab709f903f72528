import type { SeedReference } from "../framework/requirements";

/** The section of seed 001 that the UM dial plan policies quote. */
export function exchangeUmSecurityLevels(text: string): SeedReference {
  return { document: "001", section: "Exchange UM Security Levels", text };
}
