/**
 * The policy pack's entry point, named by PulumiPolicy.yaml. Serving starts the analyzer's gRPC
 * server, so nothing else (tests, the CLI) may import this file.
 */
import { allPolicies } from "./index";
import { servePack } from "./serve";

servePack("ocs-guard", allPolicies);
