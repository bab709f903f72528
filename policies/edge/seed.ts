import type { SeedReference } from "../framework/requirements";

/** The Edge Server facts of the deployment documentation (domain facts), which these policies quote. */
export function edgeServerDocs(text: string): SeedReference {
  return { document: "deployment-docs", section: "Edge Server", text };
}
