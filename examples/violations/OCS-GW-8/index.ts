/**
 * Violation example for OCS-GW-8: expected to trip mandatory policy `media-gateway-require-single-mediation-server` on `gw-redmond`.
 *
 * The Redmond gateway names a Mediation Server that is not in the topology; the next-hop rule skips
 * gateways whose server does not resolve.
 *
 * The change itself is `violation("OCS-GW-8").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-GW-8").mutate(spec);
buildTopology(spec);
