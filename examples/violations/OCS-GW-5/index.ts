/**
 * Violation example for OCS-GW-5: expected to trip mandatory policy `mediation-server-require-network-separation` on `med-redmond`.
 *
 * The Redmond basic gateway moves to 10.1.30.20, outside the Mediation Server's external network
 * (its next hop is unchanged).
 *
 * The change itself is `violation("OCS-GW-5").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-GW-5").mutate(spec);
buildTopology(spec);
