/**
 * The policy pack's entry point, named by PulumiPolicy.yaml. Constructing a PolicyPack starts the
 * analyzer's gRPC server, so nothing else (tests, the CLI) may import this file.
 */
import { PolicyPack } from "@pulumi/policy";
import { configurationReceiver } from "./framework/pack-config";
import { installConfigureTap } from "./framework/sdk-configure";
import { allPolicies } from "./index";

// Before the pack serves: every Configure request is validated and kept for all policies.
const tapped = installConfigureTap(configurationReceiver(() => allPolicies));

new PolicyPack("ocs-guard", {
  policies: allPolicies.map((p) => p.policy),
});

if (!tapped()) {
  throw new Error("ocs-guard cannot read its configuration: @pulumi/policy served no analyzer Configure handler it could tap.");
}
