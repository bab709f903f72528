import type { OcsPolicy } from "../framework/define";
import { edgeLimitAvPortsToR2 } from "./edge-limit-av-ports-to-r2";
import { edgeRequireDistinctServicePorts } from "./edge-require-distinct-service-ports";
import { edgeRequireLegacyFederationPorts } from "./edge-require-legacy-federation-ports";
import { edgeRequirePublicAvAddress } from "./edge-require-public-av-address";

export { edgeLimitAvPortsToR2, edgeRequireDistinctServicePorts, edgeRequireLegacyFederationPorts, edgeRequirePublicAvAddress };

export const edgePolicies: OcsPolicy[] = [
  edgeRequireLegacyFederationPorts,
  edgeLimitAvPortsToR2,
  edgeRequireDistinctServicePorts,
  edgeRequirePublicAvAddress,
];
