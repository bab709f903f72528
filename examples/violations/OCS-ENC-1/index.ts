/**
 * Violation example for OCS-ENC-1: expected to trip mandatory policy `server-require-valid-certificate` on `se-dublin`.
 *
 * The Standard Edition server's certificate expired on 2020-01-01; nothing else reads the expiry.
 *
 * The change itself is `violation("OCS-ENC-1").mutate` in ../catalog.ts, shared with the tests.
 */
import { buildTopology } from "../../reference/build";
import { referenceSpec } from "../../reference/spec";
import { violation } from "../catalog";

const spec = referenceSpec();
violation("OCS-ENC-1").mutate(spec);
buildTopology(spec);
