/**
 * The policy pack's entry point, named by PulumiPolicy.yaml. Constructing a PolicyPack starts the
 * analyzer's gRPC server, so nothing else (tests, the CLI) may import this file.
 */
import { PolicyPack } from "@pulumi/policy";
import { allPolicies } from "./index";

new PolicyPack("ocs-guard", {
  policies: allPolicies.map((p) => p.policy),
});
