import { join } from "node:path";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { allPolicies } from "../policies";

/** The compiled packs the benchmark compares, by the folder `pulumi preview --policy-pack` takes. */
export const REPO = join(__dirname, "../..");
export const packDirs = { "ocs-guard": REPO, empty: join(REPO, "bench/empty-pack") } as const;
export type PackName = keyof typeof packDirs;

/** The script each pack's folder runs (PulumiPolicy.yaml `main`). */
export const packMains: Record<PackName, string> = {
  "ocs-guard": join(REPO, "dist/policies/pack.js"),
  empty: join(REPO, "bench/empty-pack/index.js"),
};

type Policy = ResourceValidationPolicy | StackValidationPolicy;

/** The policies of a pack as the SDK serves them. */
export const packPolicies: Record<PackName, readonly Policy[]> = {
  "ocs-guard": allPolicies.map((p) => p.policy),
  empty: [],
};

export const resourcePolicies: readonly Policy[] = allPolicies.filter((p) => p.info.kind === "resource").map((p) => p.policy);
export const stackPolicies: readonly Policy[] = allPolicies.filter((p) => p.info.kind === "stack").map((p) => p.policy);
