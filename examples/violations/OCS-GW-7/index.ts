/**
 * Violation example for OCS-GW-7: expected to trip mandatory policy `media-gateway-require-mediation-next-hop` on `gw-redmond`.
 *
 * The Redmond gateway's next hop uses port 5070 instead of its Mediation Server's external port
 * 5060.
 *
 * The change itself is `violation("OCS-GW-7").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-GW-7").mutate(spec);
buildTopology(spec);
