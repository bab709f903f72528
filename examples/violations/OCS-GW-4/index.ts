/**
 * Violation example for OCS-GW-4: expected to trip mandatory policy `mediation-server-require-two-nics` on `med-redmond`.
 *
 * Both edges of the Redmond Mediation Server sit on the same network adapter; addresses and subnets
 * are unchanged.
 *
 * The change itself is `violation("OCS-GW-4").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-GW-4").mutate(spec);
buildTopology(spec);
