/**
 * Violation example for OCS-ENC-4: expected to trip advisory policy `server-require-kerberos` on `se-dublin`.
 *
 * The Standard Edition server accepts NTLM only; the Kerberos rule is advisory and nothing
 * mandatory reads authentication.
 *
 * The change itself is `violation("OCS-ENC-4").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-ENC-4").mutate(spec);
buildTopology(spec);
