/**
 * Violation example for OCS-FED-2: expected to trip advisory policy `edge-limit-av-ports-to-r2` on `edge-redmond`.
 *
 * fabrikam.com upgrades to OCS 2007 R2 but the OCS 2007 ranges stay open: more than R2 needs
 * (advisory); the legacy-port rule no longer applies.
 *
 * The change itself is `violation("OCS-FED-2").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-FED-2").mutate(spec);
buildTopology(spec);
