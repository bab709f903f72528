import { join } from "node:path";
import { allPolicies } from "../policies";
import type { OcsPolicy } from "../policies/framework/define";
import { ServedPack } from "./served-pack";

/** The compiled packs the benchmark compares, by the folder `pulumi preview --policy-pack` takes. */
export const REPO = join(__dirname, "../..");
export const packDirs = { "ocs-guard": REPO, empty: join(REPO, "bench/empty-pack") } as const;
export type PackName = keyof typeof packDirs;

/** The script each pack's folder runs (PulumiPolicy.yaml `main`). */
export const packMains: Record<PackName, string> = {
  "ocs-guard": join(REPO, "dist/policies/pack.js"),
  empty: join(REPO, "bench/empty-pack/index.js"),
};

/** Each pack as `pulumi preview` serves it: ocs-guard by its own analyzer, the empty pack by @pulumi/policy's. */
export const servedPacks: Record<PackName, () => Promise<ServedPack>> = {
  "ocs-guard": () => ServedPack.ocsGuard(allPolicies),
  empty: async () => ServedPack.sdk([]),
};

export const resourcePolicies: readonly OcsPolicy[] = allPolicies.filter((p) => p.info.kind === "resource");
export const stackPolicies: readonly OcsPolicy[] = allPolicies.filter((p) => p.info.kind === "stack");
