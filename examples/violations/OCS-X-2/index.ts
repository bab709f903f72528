/**
 * Violation example for OCS-X-2: expected to trip mandatory policy `mediation-server-require-pool-next-hop` on `med-redmond`.
 *
 * The Redmond Mediation Server forwards to the Archiving Server: a member of the topology (GW-8
 * holds) but not a pool or Standard Edition server.
 *
 * The change itself is `violation("OCS-X-2").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-X-2").mutate(spec);
buildTopology(spec);
