/**
 * The policy pack's entry point, named by PulumiPolicy.yaml. Serving starts the analyzer's gRPC
 * server, so nothing else (tests, the CLI) may import this file.
 *
 * The pack listens before it loads its policies: the engine's first question (GetAnalyzerInfo) is
 * answered from pack-info.json, which `npm run build` writes from the compiled policies, and the
 * policies load right after the port is printed (framework/sdk-server.ts).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import type { AnalyzerPolicyInfo } from "./framework/define";
import type * as ServedPack from "./framework/served-pack";
import { serveAnalyzer } from "./framework/sdk-server";
import type * as Policies from "./all";

const policies = () => (require("./all") as typeof Policies).allPolicies;

/** The description written at build time; without it (a build that did not write it), the policies' own. */
function describe(): readonly AnalyzerPolicyInfo[] {
  try {
    return (require("./pack-info.json") as { policies: AnalyzerPolicyInfo[] }).policies;
  } catch {
    return policies().map((p) => p.analyzerInfo);
  }
}

serveAnalyzer({
  name: "ocs-guard",
  describe,
  load: (identity) => (require("./framework/served-pack") as typeof ServedPack).loadedPack(identity, policies()),
});
