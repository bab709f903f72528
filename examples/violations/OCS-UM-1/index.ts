/**
 * Violation example for OCS-UM-1: expected to trip mandatory policy `um-dial-plan-disallow-unsecured` on `dp-redmond`.
 *
 * The Redmond dial plan is Unsecured (MTLS and SRTP off, consistent with Table 2); the client-level
 * rules do not apply to Unsecured.
 *
 * The change itself is `violation("OCS-UM-1").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-UM-1").mutate(spec);
buildTopology(spec);
