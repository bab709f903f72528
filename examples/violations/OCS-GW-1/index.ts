/**
 * Violation example for OCS-GW-1: expected to trip mandatory policy `mediation-server-require-srtp` on `med-redmond`.
 *
 * The Redmond Mediation Server only supports media encryption instead of requiring SRTP.
 *
 * The change itself is `violation("OCS-GW-1").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-GW-1").mutate(spec);
buildTopology(spec);
