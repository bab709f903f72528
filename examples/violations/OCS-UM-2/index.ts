/**
 * Violation example for OCS-UM-2: expected to trip mandatory policy `um-dial-plan-enforce-table2-settings` on `dp-redmond`.
 *
 * The Redmond dial plan stays Secured but disables SRTP, which Table 2 requires for Secured.
 *
 * The change itself is `violation("OCS-UM-2").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-UM-2").mutate(spec);
buildTopology(spec);
