import type { SeedReference } from "../framework/requirements";

/** The seed sentence behind OCS-RISK-1: activating a non-default option is an assessed risk. */
export const assessRisksOfNonDefaultOptions: SeedReference = {
  document: "000",
  section: "Trustworthy by Deployment",
  text: "The Office Communications Server planning guide, deployment guides, migration guide, and this guide all document best practices and recommendations to help you determine and configure the optimal security levels for deployment and assess the risks of activating non-default options.",
};
