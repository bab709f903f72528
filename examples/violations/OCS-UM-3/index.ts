/**
 * Violation example for OCS-UM-3: expected to trip mandatory policy `um-dial-plan-require-unencrypted-capable-clients` on `dp-redmond`.
 *
 * The Redmond dial plan becomes SIPSecured (MTLS on, SRTP off, as Table 2 wants) while its pool's
 * clients require encryption.
 *
 * The change itself is `violation("OCS-UM-3").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-UM-3").mutate(spec);
buildTopology(spec);
