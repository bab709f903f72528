import type { OcsPolicy } from "../framework/define";
import { ipsecRecommendMediaRoleExemptions } from "./ipsec-recommend-media-role-exemptions";
import { ipsecRequireMediaExemption } from "./ipsec-require-media-exemption";
import { mediaGatewayRequireMediationNextHop } from "./media-gateway-require-mediation-next-hop";
import { mediaGatewayRequireSingleMediationServer } from "./media-gateway-require-single-mediation-server";
import { mediaGatewayRequireTls } from "./media-gateway-require-tls";
import { mediationServerConfigureExternalPort } from "./mediation-server-configure-external-port";
import { mediationServerConfigureInternalPort } from "./mediation-server-configure-internal-port";
import { mediationServerRequireNetworkSeparation } from "./mediation-server-require-network-separation";
import { mediationServerRequirePoolNextHop } from "./mediation-server-require-pool-next-hop";
import { mediationServerRequireSrtp } from "./mediation-server-require-srtp";
import { mediationServerRequireTwoNics } from "./mediation-server-require-two-nics";
import { mediationServerRequireUniqueInternalRoute } from "./mediation-server-require-unique-internal-route";

export {
  ipsecRecommendMediaRoleExemptions,
  ipsecRequireMediaExemption,
  mediaGatewayRequireMediationNextHop,
  mediaGatewayRequireSingleMediationServer,
  mediaGatewayRequireTls,
  mediationServerConfigureExternalPort,
  mediationServerConfigureInternalPort,
  mediationServerRequireNetworkSeparation,
  mediationServerRequirePoolNextHop,
  mediationServerRequireSrtp,
  mediationServerRequireTwoNics,
  mediationServerRequireUniqueInternalRoute,
};

export const gatewayPolicies: OcsPolicy[] = [
  mediationServerRequireSrtp,
  ipsecRequireMediaExemption,
  ipsecRecommendMediaRoleExemptions,
  mediaGatewayRequireTls,
  mediationServerRequireTwoNics,
  mediationServerRequireNetworkSeparation,
  mediationServerRequireUniqueInternalRoute,
  mediationServerConfigureInternalPort,
  mediaGatewayRequireMediationNextHop,
  mediationServerConfigureExternalPort,
  mediaGatewayRequireSingleMediationServer,
  mediationServerRequirePoolNextHop,
];
