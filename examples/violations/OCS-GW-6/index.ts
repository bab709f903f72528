/**
 * Violation example for OCS-GW-6: expected to trip mandatory policy `mediation-server-require-unique-internal-route` on `med-dublin`.
 *
 * The Dublin Mediation Server's internal edge takes the Redmond one's address and network, so both
 * share 10.1.10.5:5061; separation still holds.
 *
 * The change itself is `violation("OCS-GW-6").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-GW-6").mutate(spec);
buildTopology(spec);
