/**
 * Violation example for OCS-ENC-3: expected to trip mandatory policy `media-require-srtp` on `pool-redmond`.
 *
 * The pool only supports media encryption instead of requiring it; the Mediation Server rule (GW-1)
 * is separate.
 *
 * The change itself is `violation("OCS-ENC-3").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-ENC-3").mutate(spec);
buildTopology(spec);
