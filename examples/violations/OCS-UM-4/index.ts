/**
 * Violation example for OCS-UM-4: expected to trip mandatory policy `um-dial-plan-require-srtp-capable-clients` on `dp-redmond`.
 *
 * A pool-scoped client policy rejects encryption for the pool a Secured dial plan serves; besides,
 * only the advisory rejected-level rule fires.
 *
 * The change itself is `violation("OCS-UM-4").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-UM-4").mutate(spec);
buildTopology(spec);
