/**
 * Violation example for OCS-GW-3: expected to trip mandatory policy `media-gateway-require-tls` on `gw-dublin`.
 *
 * The Dublin gateway link falls back to TCP on both ends (gateway transport and the Mediation
 * Server's external edge), so the next hop still matches.
 *
 * The change itself is `violation("OCS-GW-3").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-GW-3").mutate(spec);
buildTopology(spec);
